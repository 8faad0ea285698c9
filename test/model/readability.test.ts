import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import readability from 'text-readability';
import { en } from '../../src/locales/en.js';
import type { ChoiceStrings, TextStrings } from '../../src/locales/types.js';

/** PRODUCT.md section 7: questions, options and hints at grade 6 or below; intro and summary at 8 or below. */
const QUESTION_GRADE = 6;
const SCREEN_GRADE = 8;

/** Strings joined as sentences: each ends with its own punctuation, or gets a full stop. */
function passage(strings: readonly (string | undefined)[]): string {
  return strings
    .filter((s): s is string => !!s && s.trim() !== '')
    .map((s) => (/[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`))
    .join(' ');
}

function assertGrade(name: string, text: string, max: number): void {
  const grade = readability.fleschKincaidGrade(text);
  assert.ok(grade <= max, `${name} reads at grade ${grade} (at most ${max}): ${text}`);
}

function question(strings: ChoiceStrings<string> | TextStrings): string {
  const options = 'options' in strings ? Object.values(strings.options) : [];
  const hints = 'optionHints' in strings ? Object.values(strings.optionHints ?? {}) : [];
  return passage([strings.label, strings.hint, ...options, ...hints]);
}

describe(`readability: every English question, with its hint and options, at grade ${QUESTION_GRADE} or below`, () => {
  for (const [id, strings] of Object.entries(en.choices)) {
    it(id, () => assertGrade(id, question(strings), QUESTION_GRADE));
  }
  for (const [id, strings] of Object.entries(en.texts)) {
    it(id, () => assertGrade(id, question(strings), QUESTION_GRADE));
  }

  it('tint (the grouped step)', () => {
    const text = passage([
      en.tintStep.heading,
      en.tintStep.hint,
      question(en.choices['tint-colour']),
      question(en.choices['tint-onset']),
    ]);
    assertGrade('tint', text, QUESTION_GRADE);
  });

  it('photos', () => {
    const p = en.photos;
    const text = passage([p.title, p.lead, ...Object.values(p.angles), ...Object.values(p.guidance), p.tips]);
    assertGrade('photos', text, QUESTION_GRADE);
  });
});

describe(`readability: intro and summary screens at grade ${SCREEN_GRADE} or below`, () => {
  const i = en.intro;
  it('intro, with the generic wording and with a clinic name', () => {
    assertGrade('intro', passage([i.title, i.lead(null), ...i.points, i.privacy, i.start]), SCREEN_GRADE);
    const named = passage([i.title, i.lead('Northside Laser and Skin Clinic'), ...i.points, i.privacy, i.start]);
    assertGrade('intro with a clinic', named, SCREEN_GRADE);
  });

  it('intro with a draft (resume)', () => {
    assertGrade('resume', passage([i.resumeTitle, i.resumeLead, i.resume, i.restart, i.draftDiscarded]), SCREEN_GRADE);
  });

  it('summary screen', () => {
    const s = en.summary;
    const text = passage([
      s.title,
      s.screenLead,
      s.notDiagnosis,
      ...Object.values(s.categories),
      s.change,
      s.goal,
      s.discuss,
      s.discussNone,
      s.estimate,
      s.estimateRange(4, 10),
      s.estimateScale,
      ...Object.values(s.scores),
      s.caveat,
      s.answers,
      s.readyNotSent,
      s.sendNext,
      s.send,
      s.sendMissing,
      s.nothingSent,
      s.consultNext(null),
      s.keepCopy,
      s.downloaded('smp-summary-K7Q-4MX.txt'),
      s.printOpened,
      s.attach(null),
      s.copy,
      s.copied,
      s.copyFailed,
      s.download,
      s.print,
      s.consult,
    ]);
    assertGrade('summary', text, SCREEN_GRADE);
  });

  it('the estimate caveat on its own', () => {
    assertGrade('caveat', en.summary.caveat, SCREEN_GRADE);
  });
});

describe('readability: the measure itself', () => {
  it('fails jargon, so the checks above can fail', () => {
    const jargon =
      'Indicate whether concomitant photosensitising pharmacotherapy or immunosuppressive conditions necessitate postponement.';
    assert.ok(readability.fleschKincaidGrade(jargon) > SCREEN_GRADE);
  });
});
