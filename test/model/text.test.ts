import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summaryText } from '../../src/model/text.js';
import { buildSummary, optionLabel, questionLabel } from '../../src/model/summary.js';
import { codesOf, type Answers } from '../../src/model/answers.js';
import { getQuestion } from '../../src/model/definition.js';
import { visibleQuestionIds } from '../../src/model/conditions.js';
import { en } from '../../src/locales/en.js';
import {
  FIXED_NOW,
  HIDDEN_IDS,
  HOSTILE_TEXT,
  allFlags,
  everything,
  minimalComplete,
  skinTypeIIHelmetFivePlus,
  withHiddenAnswers,
  withHostileText,
} from '../fixtures/answers.js';

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
  it('opens with the reference and the completion date', () => {
    const [first, second] = text(minimalComplete).split('\n');
    assert.equal(first, 'Your SMP summary (Reference K7Q-4MX)');
    assert.match(second!, /^Completed: March 14, 2025.*9:26/);
  });

  it('has the section headings, in the order of PRODUCT.md section 5', () => {
    const body = text(everything);
    const headings = [
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
  it('lists concerns with their details and the goal', () => {
    const body = text(everything);
    const label = (q: string, code: string) => optionLabel(q, code, en);
    assert.ok(
      body.includes(`- ${label('concerns', 'hairline-placement')}: ${label('hairline-problem', 'too-harsh')}\n`),
    );
    const tint = `${label('tint-colour', 'green')}; ${label('tint-onset', 'from-start')}`;
    assert.ok(body.includes(`- ${label('concerns', 'blue-green-tint')}: ${tint}\n`));
    assert.ok(body.includes(`\nMy goal\n-------\n- ${label('goal', 'fade-for-redo')}\n`));
  });

  it('lists each flag under "To discuss at my consultation", or says there is none', () => {
    const flagged = text(allFlags);
    for (const [q, code] of [
      ['health', 'blood-thinners'],
      ['skin-type', 'VI'],
      ['hair-transplant', 'planning'],
    ] as const) {
      assert.ok(flagged.includes(optionLabel(q, code, en)), code);
    }
    const section = flagged.split('To discuss at my consultation')[1]!.split(en.summary.estimate)[0]!;
    assert.ok(section.includes(optionLabel('health', 'pregnant-or-breastfeeding', en)));
    assert.ok(text(minimalComplete).includes(`- ${en.summary.discussNone}`));
  });

  it('names the Kirby-Desai scale, the band and the caveat when the estimate is shown', () => {
    const body = text(skinTypeIIHelmetFivePlus);
    const band = body.split('\n').find((line) => line.includes(en.summary.estimateRange(5, 11)));
    assert.ok(band?.includes('Kirby-Desai'), 'the band names the scale it comes from');
    assert.ok(body.includes(en.summary.caveat));
  });

  it('leaves the estimate and the scale out when hidden', () => {
    const body = text(skinTypeIIHelmetFivePlus, true);
    assert.equal(body.includes('Kirby-Desai'), false);
    assert.equal(body.includes(en.summary.estimate), false);
    assert.equal(body.includes('sessions ('), false);
  });

  it('contains every visible answer, as "Question: answer" lines', () => {
    for (const answers of [minimalComplete, everything, allFlags]) {
      const body = text(answers);
      for (const id of visibleQuestionIds(answers)) {
        if (answers[id] === undefined) continue;
        const question = questionLabel(getQuestion(id)!, en);
        assert.ok(body.includes(`\n${question}: ${answerWords(answers, id).join('; ')}\n`), id);
      }
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
