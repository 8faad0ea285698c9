import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isVisible,
  pruneAnswers,
  visibleQuestionIds,
  visibleQuestionSteps,
  visibleSteps,
} from '../../src/model/conditions.js';
import type { Answers } from '../../src/model/answers.js';
import { EVERY_CONCERN, HIDDEN_IDS, everything, minimalComplete, withHiddenAnswers } from '../fixtures/answers.js';

/** The follow-ups of `concerns`, and when each shows, written out by hand rather than read from the definition. */
const CONCERN_FOLLOW_UPS: Record<string, (chosen: readonly string[]) => boolean> = {
  'hairline-problem': (c) => c.includes('hairline-placement'),
  'helmet-extent': (c) => c.includes('helmet-look'),
  'tint-colour': (c) => c.includes('blue-green-tint'),
  'tint-onset': (c) => c.includes('blue-green-tint'),
  'dots-appearance': (c) => c.includes('bleeding-dots'),
  'change-reason': (c) => c.includes('change-of-mind') || c.includes('new-style'),
  'concern-details': (c) => c.includes('other'),
};

const FOLLOW_UPS = [...Object.keys(CONCERN_FOLLOW_UPS), 'previous-removal-sessions'];

/** Every subset of the concern codes (2^8 = 256), each in option order. */
function allSubsets(codes: readonly string[]): string[][] {
  return Array.from({ length: 2 ** codes.length }, (_, mask) => codes.filter((_, i) => mask & (1 << i)));
}

describe('conditions: follow-ups of concerns', () => {
  it('shows no follow-up before concerns is answered, and every main question always', () => {
    const visible = visibleQuestionIds({});
    for (const id of FOLLOW_UPS) assert.equal(visible.has(id), false, id);
    for (const id of ['smp-last-session', 'concerns', 'goal', 'health', 'previous-removal', 'photos', 'notes']) {
      assert.equal(visible.has(id), true, id);
    }
  });

  for (const [followUp, shows] of Object.entries(CONCERN_FOLLOW_UPS)) {
    it(`${followUp} is visible exactly when its condition holds, for all 256 sets of concerns`, () => {
      for (const concerns of allSubsets(EVERY_CONCERN)) {
        const answers: Answers = concerns.length ? { concerns } : {};
        assert.equal(isVisible(followUp, answers), shows(concerns), `${followUp} with [${concerns.join(', ')}]`);
      }
    });
  }

  it('opens change-reason for change-of-mind alone, new-style alone, and both', () => {
    assert.equal(isVisible('change-reason', { concerns: ['change-of-mind'] }), true);
    assert.equal(isVisible('change-reason', { concerns: ['new-style'] }), true);
    assert.equal(isVisible('change-reason', { concerns: ['change-of-mind', 'new-style'] }), true);
    assert.equal(isVisible('change-reason', { concerns: ['too-dark'] }), false);
  });
});

describe('conditions: previous-removal-sessions', () => {
  const cases: [string | undefined, boolean][] = [
    [undefined, false],
    ['none', false],
    ['laser', true],
    ['non-laser', true],
    ['both', true],
  ];
  for (const [answer, shown] of cases) {
    it(`is ${shown ? 'shown' : 'hidden'} when previous-removal is ${answer ?? 'unanswered'}`, () => {
      const answers: Answers = answer ? { 'previous-removal': answer } : {};
      assert.equal(isVisible('previous-removal-sessions', answers), shown);
    });
  }
});

describe('conditions: pruneAnswers', () => {
  it('drops every hidden answer and keeps every visible one', () => {
    const pruned = pruneAnswers(withHiddenAnswers);
    assert.deepEqual(pruned, minimalComplete);
    for (const id of HIDDEN_IDS) assert.equal(id in pruned, false, id);
  });

  it('keeps follow-ups whose condition holds', () => {
    assert.deepEqual(pruneAnswers(everything), everything);
  });

  it('drops answers to unknown ids', () => {
    assert.deepEqual(pruneAnswers({ ...minimalComplete, bogus: 'x' }), minimalComplete);
  });

  it('does not change its input', () => {
    const input = structuredClone(withHiddenAnswers);
    pruneAnswers(input);
    assert.deepEqual(input, withHiddenAnswers);
  });
});

describe('conditions: visible steps', () => {
  it('starts with intro and ends with review, summary', () => {
    for (const answers of [{}, minimalComplete, everything]) {
      const steps = visibleSteps(answers);
      assert.equal(steps[0], 'intro');
      assert.deepEqual(steps.slice(-2), ['review', 'summary']);
      assert.equal(steps.filter((s) => s === 'review' || s === 'summary' || s === 'intro').length, 3);
    }
  });

  it('lists only the steps the answers make visible, in order', () => {
    assert.deepEqual(visibleSteps(minimalComplete), [
      'intro',
      'smp-history',
      'artists',
      'smp-areas',
      'smp-original-reason',
      'concerns',
      'goal',
      'hair-status',
      'hair-transplant',
      'skin-type',
      'recent-tan',
      'medicines',
      'health',
      'scarring',
      'previous-removal',
      'photos',
      'notes',
      'review',
      'summary',
    ]);
  });

  it('shows every follow-up step in the longest journey, with tint as one step', () => {
    const steps: string[] = visibleSteps(everything);
    for (const id of [
      'hairline-problem',
      'helmet-extent',
      'tint',
      'dots-appearance',
      'change-reason',
      'concern-details',
    ]) {
      assert.ok(steps.includes(id), id);
    }
    for (const id of ['transplant-when', 'previous-removal-sessions', 'previous-removal-last']) {
      assert.equal(steps.includes(id), false, `${id} is revealed on its parent's step, not a step of its own`);
    }
    assert.equal(steps.includes('tint-colour'), false);
    assert.equal(steps.indexOf('tint'), steps.indexOf('helmet-extent') + 1);
    const tint = visibleQuestionSteps(everything).find((s) => s.id === 'tint');
    assert.deepEqual(
      tint?.questions.map((q) => q.id),
      ['tint-colour', 'tint-onset'],
    );
  });

  it('keeps a reveal step under its parent id, holding only the follow-ups the answer opens', () => {
    const questionsOf = (answers: Answers, id: string) =>
      visibleQuestionSteps(answers)
        .find((s) => s.id === id)
        ?.questions.map((q) => q.id);
    assert.deepEqual(questionsOf(minimalComplete, 'hair-transplant'), ['hair-transplant']);
    assert.deepEqual(questionsOf({ ...minimalComplete, 'hair-transplant': 'had' }, 'hair-transplant'), [
      'hair-transplant',
      'transplant-when',
    ]);
    assert.deepEqual(questionsOf({ ...minimalComplete, 'hair-transplant': 'planning' }, 'hair-transplant'), [
      'hair-transplant',
      'transplant-plan',
    ]);
    for (const removal of ['laser', 'non-laser', 'both']) {
      assert.deepEqual(questionsOf({ ...minimalComplete, 'previous-removal': removal }, 'previous-removal'), [
        'previous-removal',
        'previous-removal-sessions',
        'previous-removal-last',
      ]);
    }
    assert.deepEqual(questionsOf(minimalComplete, 'previous-removal'), ['previous-removal']);
  });

  it('drops a revealed answer when the answer that opened it changes', () => {
    const had = { ...minimalComplete, 'hair-transplant': 'had', 'transplant-when': 'under-12-months' };
    const pruned = pruneAnswers({ ...had, 'hair-transplant': 'planning' });
    assert.equal(pruned['transplant-when'], undefined);
  });
});

describe('visibleQuestionSteps', () => {
  it('follows the answers it is given: an edited copy shows its own follow-ups, the first result is unchanged', () => {
    const answers: Answers = { concerns: ['hairline-placement'] };
    const first = visibleQuestionSteps(answers);
    const edited: Answers = { ...answers, concerns: ['blue-green-tint'] };
    const ids = visibleQuestionSteps(edited).map((s) => s.id);
    assert.ok(ids.includes('tint'), 'a copy with another answer shows its own follow-up');
    assert.equal(ids.includes('hairline-problem'), false);
    assert.ok(first.map((s) => s.id).includes('hairline-problem'), 'the first result is unchanged');
  });
});
