import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summaryText } from '../../src/model/text.js';
import { buildSummary, optionLabel, questionLabel, shortLabel } from '../../src/model/summary.js';
import { codesOf, type Answers } from '../../src/model/answers.js';
import { getQuestion } from '../../src/model/definition.js';
import { visibleQuestionIds } from '../../src/model/conditions.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import {
  FIXED_NOW,
  HIDDEN_IDS,
  HOSTILE_TEXT,
  allFlags,
  allNotSure,
  everything,
  minimalComplete,
  skinTypeIIHelmetFivePlus,
  withHiddenAnswers,
  withHostileText,
} from '../fixtures/answers.js';

/** allFlags raises 6 medicines, 8 health items and 7 single flags. */
const allFlagsCount = 21;

function text(answers: Answers, hideEstimate = false, partner: string | null = null): string {
  const summary = buildSummary(answers, { messages: en, now: FIXED_NOW, reference: 'K7Q-4MX', hideEstimate, partner });
  return summaryText(summary, en, { timeZone: 'UTC' });
}

/** The words a reader sees for one answer: its option labels, or its free text. */
function answerWords(answers: Answers, id: string): string[] {
  const question = getQuestion(id)!;
  if (question.kind === 'text') return [answers[id] as string];
  return codesOf(answers, id).map((code) => optionLabel(id, code, en));
}

describe('text: layout', () => {
  it('opens with the reference and the completion date and time, with its time zone', () => {
    const [first, second] = text(minimalComplete).split('\n');
    assert.equal(first, 'Your SMP summary (Reference K7Q-4MX)');
    assert.equal(second, 'Completed: March 14, 2025, 9:26 AM UTC');
    const summary = buildSummary(minimalComplete, { messages: en, now: FIXED_NOW, reference: 'K7Q-4MX' });
    const chicago = summaryText(summary, en, { timeZone: 'America/Chicago' }).split('\n')[1];
    assert.equal(chicago, 'Completed: March 14, 2025, 4:26 AM CDT');
    const spanish = buildSummary(minimalComplete, { messages: es, now: FIXED_NOW, reference: 'K7Q-4MX' });
    assert.equal(
      summaryText(spanish, es, { timeZone: 'America/Chicago' }).split('\n')[1],
      'Completado: 14 de marzo de 2025, 4:26 a.m. CDT',
      'as US Spanish speakers read it: 12-hour clock, a.m./p.m.',
    );
  });

  it('gives the clinic the facts at a glance: goal, concerns, items to discuss, photos, band', () => {
    const glance = (answers: Answers, hideEstimate = false) =>
      text(answers, hideEstimate).split('\nAt a glance\n-----------\n')[1]!.split('\n\n')[0]!.split('\n');
    assert.deepEqual(glance(everything), [
      `- Goal: ${optionLabel('goal', 'fade-for-redo', en)}`,
      '- Concerns: Hairline / Helmet look or too dark / Tint or spread dots / Changed my mind / Want a new look / Something else',
      '- 2 items to discuss',
      '- No photos',
      '- Estimate: About 8 to 14 sessions for complete removal',
    ]);
    assert.deepEqual(glance(allFlags).slice(2), [
      `- ${allFlagsCount} items to discuss`,
      '- No photos',
      '- Estimate: About 13 to 19 sessions for complete removal',
    ]);
    assert.equal(glance(minimalComplete, true).length, 4, 'no estimate line with hide-estimate');
    assert.equal(glance(minimalComplete)[1], '- Concerns: Helmet look or too dark', 'a category, never a cause');
  });

  it('has the section headings, in the fixed order clinic staff read them in', () => {
    const body = text(everything);
    const headings = [
      'At a glance',
      'What I would like to change',
      'My goal',
      'To discuss at my consultation',
      en.summary.estimate,
      en.summary.answers,
    ];
    const at = headings.map((h) => body.indexOf(`\n${h}\n`));
    for (const [i, h] of headings.entries()) assert.ok(at[i]! > 0, `heading ${h}`);
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
    );
  });

  it('is plain text with \\n line breaks and a final newline', () => {
    const body = text(everything);
    assert.equal(body.includes('\r'), false);
    assert.ok(body.endsWith('\n'));
    assert.equal(/<[a-z]/i.test(body), false, 'no markup of our own');
  });

  it('names the partner when there is one', () => {
    assert.match(text(minimalComplete, false, 'barber-42'), /\nSent from: barber-42\n/);
    assert.equal(text(minimalComplete).includes('Sent from'), false);
  });
});

describe('text: content', () => {
  it('lists concerns with their labelled details and the goal', () => {
    const body = text(everything);
    const label = (q: string, code: string) => optionLabel(q, code, en);
    const hairline = `Hairline: ${label('hairline-problem', 'too-high')}, ${label('hairline-problem', 'too-harsh')}`;
    assert.ok(body.includes(`- ${label('concerns', 'hairline-placement')} \u2014 ${hairline}\n`));
    const tint = `Tint: ${label('tint-colour', 'green')}; Tint appeared: ${label('tint-onset', 'from-start')}`;
    assert.ok(body.includes(`- ${label('concerns', 'blue-green-tint')} \u2014 ${tint}\n`));
    assert.ok(body.includes(`\nMy goal\n-------\n- ${label('goal', 'fade-for-redo')}\n`));
  });

  it('lists each flag on a line of its own under "To discuss at my consultation", or says there is none', () => {
    const flagged = text(allFlags);
    const section = flagged.split('\nTo discuss at my consultation\n')[1]!.split(`\n\n${en.summary.estimate}`)[0]!;
    const lines = section.split('\n').slice(1);
    assert.equal(lines.length, allFlagsCount);
    assert.ok(lines.includes(`- ${optionLabel('medicines', 'blood-thinners', en)}`));
    assert.ok(lines.includes(`- ${optionLabel('health', 'pregnant-or-breastfeeding', en)}`));
    assert.ok(lines.includes(`- Hair transplant: ${optionLabel('hair-transplant', 'planning', en)}`));
    assert.ok(lines.includes('- Last earlier removal: Less than 6 weeks ago'));
    assert.ok(text(minimalComplete).includes(`- ${en.summary.discussNone}`));
  });

  it('names the Kirby-Desai scale, the band for complete removal, the points, the total and the caveat', () => {
    const body = text(skinTypeIIHelmetFivePlus);
    const estimate = body.split(`\n${en.summary.estimate}\n`)[1]!.split('\n\n')[0]!;
    assert.deepEqual(estimate.split('\n').slice(1), [
      'About 4 to 10 sessions for complete removal',
      'Worked out with the Kirby-Desai scale.',
      'How we worked this out:',
      '- Skin type II: 2 points',
      '- Location (scalp): 1 point',
      '- Ink color (black ink, assumed): 1 point',
      '- Amount of ink (helmet look or too dark): 3 points',
      '- Scarring (No): 0 points',
      '- Layering (Just one): 0 points',
      '- Total: 7 points',
      en.summary.caveat,
    ]);
  });

  it('says there is no band, and why, when unknown answers make it useless', () => {
    const body = text(allNotSure);
    assert.ok(body.includes(`\n${en.summary.estimateNone}\n`));
    assert.equal(/About \d+ to \d+ sessions/.test(body), false);
    assert.ok(body.includes('- Total: 6 to 18 points'));
    assert.ok(text(allNotSure).includes('- Estimate: No estimate\n'));
  });

  it('adds the fading line for a goal of fading or a partial removal', () => {
    assert.ok(text(everything).includes(`\n${en.summary.estimateFading}\n`));
    assert.equal(text({ ...allNotSure, goal: 'fade-for-redo' }).includes(en.summary.estimateFading), false, 'no band');
    assert.ok(text({ ...minimalComplete, goal: 'fade-for-redo' }).includes(`\n${en.summary.estimateFading}\n`));
    assert.ok(text({ ...minimalComplete, goal: 'partial-removal' }).includes(`\n${en.summary.estimateFading}\n`));
    assert.equal(text(minimalComplete).includes(en.summary.estimateFading), false);
  });

  it('leaves the estimate and the scale out when hidden', () => {
    const body = text(skinTypeIIHelmetFivePlus, true);
    assert.equal(body.includes('Kirby-Desai'), false);
    assert.equal(body.includes(en.summary.estimate), false);
    assert.equal(body.includes('sessions ('), false);
  });

  it('contains every visible answer, as "Short label: answer" lines, never "Question?: answer"', () => {
    for (const answers of [minimalComplete, everything, allFlags]) {
      const body = text(answers);
      for (const id of visibleQuestionIds(answers)) {
        if (answers[id] === undefined || id === 'skin-type') continue;
        const label = shortLabel(getQuestion(id)!, en);
        assert.ok(body.includes(`\n- ${label}: ${answerWords(answers, id).join('; ')}\n`), id);
      }
      assert.ok(body.includes(`\n- Skin type (Fitzpatrick, self-reported): ${answers['skin-type']} \u2013 `));
      assert.equal(/\?: /.test(body), false);
    }
  });

  it('contains no hidden answer, nor its question', () => {
    const body = text(withHiddenAnswers);
    for (const id of HIDDEN_IDS) {
      assert.equal(body.includes(questionLabel(getQuestion(id)!, en)), false, `question ${id}`);
      for (const word of answerWords(withHiddenAnswers, id)) assert.equal(body.includes(word), false, `${id}: ${word}`);
    }
    assert.equal(body, text(minimalComplete));
  });

  it('keeps free text exactly as typed, markup included, as text', () => {
    const body = text(withHostileText);
    assert.ok(body.includes(HOSTILE_TEXT));
    assert.ok(body.includes('<b>bold?</b> "quoted" & done'));
  });
});
