import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import readability from 'text-readability';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import type { ChoiceStrings, Messages, TextStrings } from '../../src/locales/types.js';
import { buildSummary } from '../../src/model/summary.js';
import { concernLines, estimateLines, flagLines } from '../../src/model/summary-lines.js';
import { visibleQuestionSteps, visibleSteps } from '../../src/model/conditions.js';
import { isChoice } from '../../src/model/definition.js';
import { optionLabel, shortLabel } from '../../src/model/labels.js';
import type { Answers } from '../../src/model/answers.js';
import { FIXED_NOW, concernJourneys } from '../fixtures/answers.js';
import { fernandezHuerta, spanishWords } from './spanish-readability.js';

/**
 * Plain language for anxious patients on phones, measured string by string (never averaged over a question, which
 * hides a hard string among easy ones): in English each question, option, hint, button, error and notice of 5
 * words or more at Flesch-Kincaid grade 6 or below, each intro and summary sentence at grade 8 or below; in Spanish
 * each string of 8 words or more at Fernández-Huerta 65 or above on the question steps and 55 on the intro and
 * summary, and each question as a whole (question, hint, options) at 70 or above.
 */
const EN_QUESTION_GRADE = 6;
const EN_SCREEN_GRADE = 8;
const ES_QUESTION_SCORE = 65;
const ES_SCREEN_SCORE = 55;
const ES_WHOLE_QUESTION_SCORE = 70;

type Group = 'question' | 'screen';
interface Measured {
  readonly key: string;
  readonly text: string;
  readonly group: Group;
}

/** Every string a patient reads, by key, with message functions called with typical arguments. */
function strings(m: Messages): Measured[] {
  const out: Measured[] = [];
  const add = (group: Group, key: string, text: string | undefined) => {
    if (text) out.push({ key, text, group });
  };
  for (const [id, s] of Object.entries(m.choices) as [string, ChoiceStrings<string>][]) {
    add('question', `choices.${id}.label`, s.label);
    add('question', `choices.${id}.hint`, s.hint);
    for (const [code, text] of Object.entries(s.options)) add('question', `choices.${id}.options.${code}`, text);
    for (const [code, text] of Object.entries(s.optionHints ?? {}))
      add('question', `choices.${id}.hints.${code}`, text);
  }
  for (const [id, s] of Object.entries(m.texts) as [string, TextStrings][]) {
    add('question', `texts.${id}.label`, s.label);
    add('question', `texts.${id}.hint`, s.hint);
  }
  for (const [id, g] of Object.entries(m.groups)) {
    add('question', `groups.${id}.heading`, g.heading);
    add('question', `groups.${id}.hint`, g.hint);
  }
  const p = m.photos;
  for (const key of [
    'title',
    'lead',
    'tips',
    'add',
    'replace',
    'remove',
    'processing',
    'notImage',
    'tooLarge',
  ] as const)
    add('question', `photos.${key}`, p[key]);
  for (const key of ['cannotRead', 'notKept', 'notSaved', 'privacy'] as const) add('question', `photos.${key}`, p[key]);
  add('question', 'photos.count', p.count(1, 5));
  for (const [angle, text] of Object.entries(p.guidance)) add('question', `photos.guidance.${angle}`, text);
  add('question', 'photos.added', p.added(p.angles.front));
  const n = m.nav;
  add('question', 'nav.part', n.part(2, 5));
  for (const [id, text] of Object.entries(n.parts)) add('question', `nav.parts.${id}`, text);
  add('question', 'nav.continueToReview', n.continueToReview);
  add('question', 'nav.charactersLeft', n.charactersLeft(120));
  add('question', 'nav.charactersTooMany', n.charactersTooMany(3));
  add('question', 'nav.revealed', n.revealed(m.choices['transplant-when'].label));
  const e = m.errors;
  for (const kind of ['single', 'multiple', 'text'] as const)
    add('question', `errors.required.${kind}`, e.messages.required(kind));
  add('question', 'errors.too-long', e.messages['too-long']('text', 500));
  add('question', 'errors.exclusive-none', e.messages['exclusive-none']('multiple'));
  add('question', 'errors.unknown-option', e.messages['unknown-option']('single'));
  add('question', 'errors.formIncomplete', e.formIncomplete);
  for (const [id, text] of Object.entries(e.required)) add('question', `errors.required.${id}`, text);
  add('question', 'nav.or', n.or);
  add('question', 'review.finish', m.review.finish);
  for (const key of ['copy', 'copied', 'copyFailed', 'download', 'print', 'consult'] as const)
    add('question', `summary.${key}`, m.summary[key]);
  for (const key of ['notLoaded', 'photoNotLoaded', 'notSaving', 'privacyNotKept'] as const)
    add('question', `problems.${key}`, m.problems[key]);
  add('question', 'intro.resume', m.intro.resume);
  add('question', 'intro.draftDiscarded', m.intro.draftDiscarded);

  const i = m.intro;
  add('screen', 'intro.title', i.title);
  add('screen', 'intro.lead', i.lead(null));
  add('screen', 'intro.lead(clinic)', i.lead('Northside Laser and Skin Clinic'));
  i.points.forEach((point, index) => add('screen', `intro.points.${index}`, point));
  add('screen', 'intro.privacy', i.privacy);
  add('screen', 'intro.resumeLead', i.resumeLead(3, 5));
  add('screen', 'intro.resumeLead(done)', i.resumeLead(null, 5));
  add('screen', 'review.lead', m.review.lead);
  const s = m.summary;
  for (const key of ['title', 'screenLead', 'discuss', 'discussNone', 'estimate', 'estimateNone'] as const)
    add('screen', `summary.${key}`, s[key]);
  for (const key of ['estimateFading', 'estimateScale', 'howWorkedOut', 'caveat', 'notDiagnosis'] as const)
    add('screen', `summary.${key}`, s[key]);
  for (const key of ['readyNotSent', 'sendNext', 'send', 'sendMissing', 'nothingSent', 'keepCopy'] as const)
    add('screen', `summary.${key}`, s[key]);
  add('screen', 'summary.printOpened', s.printOpened);
  add('screen', 'summary.consultNext', s.consultNext(null));
  add('screen', 'summary.consultNext(clinic)', s.consultNext('Northside Laser and Skin Clinic'));
  add('screen', 'summary.downloaded', s.downloaded('smp-summary-K7P-4QX.txt'));
  add('screen', 'summary.estimateRange', s.estimateRange(4, 10));
  add('screen', 'summary.attach', s.attach(null));
  add('screen', 'summary.attach(clinic)', s.attach('Northside Laser and Skin Clinic'));
  add('screen', 'summary.photos', s.photos(2));
  add('screen', 'summary.clinicCopy', s.clinicCopy(m.languageNames.en));
  add('screen', 'summary.basis.scarringAtLeastOne', s.basis.scarringAtLeastOne);
  return out;
}

/** Sentences of a string, each ending with its own punctuation. */
function sentences(text: string): string[] {
  return (text.match(/[^.?!]+[.?!]*/g) ?? []).map((t) => t.trim()).filter(Boolean);
}

const englishWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** The English strings (or intro and summary sentences) of 5 words or more, with their grade and limit. */
function englishScores(list: readonly Measured[]) {
  return list.flatMap(({ key, text, group }) =>
    (group === 'screen' ? sentences(text) : [text])
      .filter((t) => englishWords(t) >= 5)
      .map((t) => ({
        key,
        text: t,
        score: readability.fleschKincaidGrade(t),
        limit: group === 'screen' ? EN_SCREEN_GRADE : EN_QUESTION_GRADE,
      })),
  );
}

/** The Spanish strings of 8 words or more, with their Fernández-Huerta score and floor. */
function spanishScores(list: readonly Measured[]) {
  return list
    .filter(({ text }) => spanishWords(text).length >= 8)
    .map(({ key, text, group }) => ({
      key,
      text,
      score: fernandezHuerta(text),
      limit: group === 'screen' ? ES_SCREEN_SCORE : ES_QUESTION_SCORE,
    }));
}

const hardEnglish = (scores: ReturnType<typeof englishScores>) => scores.filter((s) => s.score > s.limit);
const hardSpanish = (scores: ReturnType<typeof spanishScores>) => scores.filter((s) => s.score < s.limit);

function report(title: string, rows: { key: string; text: string; score: number }[]): void {
  console.log(`\n${title}`);
  for (const row of rows) console.log(`  ${row.score.toFixed(1).padStart(6)}  ${row.key}: ${row.text}`);
}

describe('readability: English, string by string', () => {
  const scores = englishScores(strings(en));

  it(`every question, option, hint, button, error and notice at grade ${EN_QUESTION_GRADE} or below`, () => {
    const over = hardEnglish(scores.filter((s) => s.limit === EN_QUESTION_GRADE));
    assert.deepEqual(over, []);
  });

  it(`every intro and summary sentence at grade ${EN_SCREEN_GRADE} or below`, () => {
    assert.deepEqual(hardEnglish(scores.filter((s) => s.limit === EN_SCREEN_GRADE)), []);
  });

  it('measures enough strings to mean something, and prints the five hardest', () => {
    assert.ok(scores.length > 80, `${scores.length} strings of 5 words or more`);
    report(
      'English: the five hardest strings (Flesch-Kincaid grade, text-readability)',
      [...scores].sort((a, b) => b.score - a.score).slice(0, 5),
    );
  });
});

describe('readability: Spanish, string by string', () => {
  const scores = spanishScores(strings(es));

  it(`every question-step string of 8 words or more at Fernández-Huerta ${ES_QUESTION_SCORE} or above`, () => {
    assert.deepEqual(hardSpanish(scores.filter((s) => s.limit === ES_QUESTION_SCORE)), []);
  });

  it(`every intro and summary string of 8 words or more at ${ES_SCREEN_SCORE} or above`, () => {
    assert.deepEqual(hardSpanish(scores.filter((s) => s.limit === ES_SCREEN_SCORE)), []);
  });

  it(`every question as a whole (question, hint, options) at ${ES_WHOLE_QUESTION_SCORE} or above`, () => {
    const low = Object.entries(es.choices)
      .map(([id, s]: [string, ChoiceStrings<string>]) => {
        const parts = [s.label, s.hint, ...Object.values(s.options), ...Object.values(s.optionHints ?? {})];
        const text = parts
          .filter((t): t is string => !!t)
          .map((t) => (/[.?!]$/.test(t) ? t : `${t}.`))
          .join(' ');
        return { id, score: fernandezHuerta(text) };
      })
      .filter((q) => q.score < ES_WHOLE_QUESTION_SCORE);
    assert.deepEqual(low, []);
  });

  it('measures enough strings to mean something, and prints the five hardest', () => {
    assert.ok(scores.length > 40, `${scores.length} strings of 8 words or more`);
    report(
      'Spanish: the five hardest strings (Fernández-Huerta)',
      [...scores].sort((a, b) => a.score - b.score).slice(0, 5),
    );
  });
});

describe('readability: the measure itself fails on one hard string', () => {
  const easy: Measured[] = [
    { key: 'a', text: 'Pick all the answers that fit you.', group: 'question' },
    { key: 'b', text: 'You can go back and change any answer.', group: 'question' },
    { key: 'c', text: 'Hold the phone above your head.', group: 'question' },
  ];
  const hard: Measured = {
    key: 'hard',
    text: 'Indicate concomitant photosensitising pharmacotherapy or immunosuppressive conditions.',
    group: 'question',
  };

  it('English: one hard string among easy ones is reported, alone', () => {
    assert.deepEqual(hardEnglish(englishScores(easy)), []);
    assert.deepEqual(
      hardEnglish(englishScores([...easy, hard])).map((s) => s.key),
      ['hard'],
    );
  });

  it('Spanish: one hard string among easy ones is reported, alone', () => {
    const easyEs: Measured[] = [
      { key: 'a', text: 'Elija todas las respuestas que le pasen a usted.', group: 'question' },
      { key: 'b', text: 'Puede volver atrás y cambiar lo que quiera hoy.', group: 'question' },
    ];
    const hardEs: Measured = {
      key: 'hard',
      text: 'Indique medicamentos anticoagulantes, inmunosupresores o fotosensibilizantes utilizados actualmente.',
      group: 'question',
    };
    assert.deepEqual(hardSpanish(spanishScores(easyEs)), []);
    assert.deepEqual(
      hardSpanish(spanishScores([...easyEs, hardEs])).map((s) => s.key),
      ['hard'],
    );
  });
});

const count = (...texts: (string | undefined)[]) => texts.reduce((sum, t) => sum + (t ? englishWords(t) : 0), 0);

/** Words on the intro and on each question step of a journey (questions, hints, options and their hints), by step. */
function answeringScreens(answers: Answers, m: Messages): { step: string; words: number }[] {
  const screens = [
    {
      step: 'intro',
      words: count(m.intro.title, m.intro.lead(null), ...m.intro.points, m.intro.privacy, m.intro.start),
    },
  ];
  for (const step of visibleQuestionSteps(answers)) {
    let words = 0;
    if (step.layout === 'group') {
      const group = m.groups[step.id as keyof Messages['groups']];
      words += count(group.heading, group.hint);
    }
    for (const q of step.questions) {
      if (isChoice(q)) {
        const s = m.choices[q.id] as ChoiceStrings<string>;
        words += count(s.label, s.hint, ...Object.values(s.options), ...Object.values(s.optionHints ?? {}));
      } else if (q.kind === 'text') words += count(m.texts[q.id].label, m.texts[q.id].hint);
      else words += count(m.photos.title, m.photos.lead, ...Object.values(m.photos.guidance), m.photos.tips);
    }
    screens.push({ step: step.id, words });
  }
  return screens;
}

const answeringWords = (answers: Answers, m: Messages) =>
  answeringScreens(answers, m).reduce((sum, screen) => sum + screen.words, 0);

/** Words on the review (short labels, answers, Change) and the summary screen (the points folded away). */
function checkingWords(answers: Answers, m: Messages): number {
  let words = count(m.review.title, m.review.lead, m.review.finish);
  for (const step of visibleQuestionSteps(answers)) {
    for (const q of step.questions) {
      const value = answers[q.id];
      const answer =
        isChoice(q) && value !== undefined
          ? [value]
              .flat()
              .map((c) => optionLabel(q.id, c, m))
              .join(', ')
          : ((value as string | undefined) ?? m.review.notAnswered);
      words += count(shortLabel(q, m), answer, m.review.change);
    }
  }
  const summary = buildSummary(answers, { messages: m, now: FIXED_NOW, reference: 'K7Q-4MX' });
  const s = m.summary;
  const flags = flagLines(summary);
  words += count(s.title, s.screenLead, s.reference, s.completed, s.change, ...concernLines(summary), s.goal);
  words += count(summary.goal?.label, s.discuss, ...(flags.length ? flags : [s.discussNone]), s.estimate);
  words += count(...estimateLines(summary, m), summary.estimate?.caveat, s.howWorkedOut, s.notDiagnosis);
  return words + count(s.attach(null), s.copy, s.download, s.print);
}

/**
 * Patients finish in about 3 minutes: a typical journey stays under 22 screens and about 700 words to read. The
 * words are those of the intro and the question screens; the review and the summary repeat the patient's own
 * answers and are printed beside them. Spanish says the same in about a tenth more words.
 */
const JOURNEY_SCREENS = 21;
const JOURNEY_WORDS = 750;
const JOURNEY_WORDS_ES = 830;

describe('readability: a typical journey', () => {
  // A typical patient: one concern with its follow-ups (a blue tint), nothing else out of the way.
  const typical = concernJourneys['blue-green-tint']!;

  it(`takes at most ${JOURNEY_SCREENS} screens and about 700 words (at most ${JOURNEY_WORDS}), and prints both`, () => {
    const screens = visibleSteps(typical).length;
    const words = { en: answeringWords(typical, en), es: answeringWords(typical, es) };
    const figures = [en, es].map((m) => `${m.locale}: ${words[m.locale]} + ${checkingWords(typical, m)}`);
    console.log(
      `\nA typical journey (a blue tint): ${screens} screens; words on the intro and question screens + on the review and summary: ${figures.join('; ')}`,
    );
    for (const m of [en, es])
      console.log(
        `  ${m.locale} by screen: ${answeringScreens(typical, m)
          .map((s) => `${s.step} ${s.words}`)
          .join(', ')}`,
      );
    assert.ok(screens <= JOURNEY_SCREENS, `${screens} screens`);
    assert.ok(words.en <= JOURNEY_WORDS, `${words.en} English words`);
    assert.ok(words.es <= JOURNEY_WORDS_ES, `${words.es} Spanish words`);
  });
});
