import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstIncompleteStep, nextStep, previousStep, progressOf } from '../../src/model/navigation.js';
import { visibleSteps } from '../../src/model/conditions.js';
import { validateStep } from '../../src/model/validation.js';
import type { StepId } from '../../src/model/definition.js';
import type { Answers } from '../../src/model/answers.js';
import { everything, minimalComplete } from '../fixtures/answers.js';

/** Walks the flow with Continue from intro to summary, as a patient who answers everything would. */
function walk(answers: Answers): StepId[] {
  const path: StepId[] = ['intro'];
  while (path.at(-1) !== 'summary' && path.length < 100) path.push(nextStep(path.at(-1)!, answers));
  return path;
}

describe('navigation: nextStep and previousStep', () => {
  it('visits every visible step in order, from intro to summary', () => {
    for (const answers of [minimalComplete, everything]) {
      assert.deepEqual(walk(answers), visibleSteps(answers));
    }
  });

  it('goes back through the same steps, and stays on intro at the start', () => {
    const steps = visibleSteps(everything);
    for (let i = 1; i < steps.length; i++) assert.equal(previousStep(steps[i]!, everything), steps[i - 1]);
    assert.equal(previousStep('intro', everything), 'intro');
  });

  it('skips hidden follow-ups in both directions', () => {
    assert.equal(nextStep('concerns', minimalComplete), 'goal');
    assert.equal(previousStep('goal', minimalComplete), 'concerns');
    assert.equal(nextStep('previous-removal', minimalComplete), 'photos');
  });

  it('shows a newly chosen concern’s follow-up next', () => {
    const answers = { ...minimalComplete, concerns: ['helmet-look'] };
    assert.equal(nextStep('concerns', answers), 'helmet-extent');
    assert.equal(nextStep('helmet-extent', answers), 'goal');
  });

  it('stays on the summary at the end', () => {
    assert.equal(nextStep('summary', minimalComplete), 'summary');
  });
});

describe('navigation: progressOf', () => {
  it('counts 0-based over the visible steps from intro to summary', () => {
    const steps = visibleSteps(minimalComplete);
    assert.equal(steps.length, 19);
    steps.forEach((step, index) => {
      const progress = progressOf(step, minimalComplete);
      assert.equal(progress.index, index, step);
      assert.equal(progress.total, 19, step);
    });
  });

  it('counts the follow-ups the answers show', () => {
    // minimal (19) + hairline, helmet, tint, dots, change-reason, details (6); the revealed follow-ups of
    // hair-transplant and previous-removal sit on their parent's step and add none.
    assert.equal(progressOf('intro', everything).total, 25);
    assert.deepEqual(progressOf('summary', everything), { index: 24, total: 25, question: 0, questions: 22 });
  });

  it('numbers question steps from 1, and 0 outside them', () => {
    assert.deepEqual(progressOf('smp-history', minimalComplete), {
      index: 1,
      total: 19,
      question: 1,
      questions: 16,
    });
    assert.equal(progressOf('notes', minimalComplete).question, 16);
    assert.equal(progressOf('intro', minimalComplete).question, 0);
    assert.equal(progressOf('review', minimalComplete).question, 0);
  });
});

describe('navigation: after a Change on the review', () => {
  it('returns to the review when the change shows nothing new', () => {
    const answers = { ...minimalComplete, goal: 'not-sure' };
    assert.equal(nextStep('goal', answers, true), 'review');
    assert.equal(nextStep('concerns', { ...minimalComplete, concerns: ['too-dark'] }, true), 'review');
  });

  it('visits each newly shown, unanswered follow-up in order, then returns to the review', () => {
    let answers: Answers = { ...minimalComplete, concerns: ['hairline-placement', 'blue-green-tint', 'other'] };
    assert.equal(nextStep('concerns', answers, true), 'hairline-problem');
    answers = { ...answers, 'hairline-problem': 'uneven' };
    assert.equal(nextStep('hairline-problem', answers, true), 'tint');
    answers = { ...answers, 'tint-colour': 'grey', 'tint-onset': 'not-sure' };
    assert.equal(nextStep('tint', answers, true), 'concern-details');
    answers = { ...answers, 'concern-details': 'They look patchy.' };
    assert.equal(nextStep('concern-details', answers, true), 'review');
  });

  it('skips a newly shown follow-up that already has an answer', () => {
    const answers = { ...minimalComplete, concerns: ['helmet-look'], 'helmet-extent': 'some-areas' };
    assert.equal(nextStep('concerns', answers, true), 'review');
  });

  it('asks the revealed follow-ups of an earlier removal on the same step, then returns to the review', () => {
    const answers = { ...minimalComplete, 'previous-removal': 'laser' };
    assert.deepEqual(
      validateStep('previous-removal', answers).map((e) => e.questionId),
      ['previous-removal-sessions', 'previous-removal-last'],
      'the step cannot be left until the revealed questions are answered',
    );
    const done = { ...answers, 'previous-removal-sessions': '1-2', 'previous-removal-last': 'not-sure' };
    assert.deepEqual(validateStep('previous-removal', done), []);
    assert.equal(nextStep('previous-removal', done, true), 'review');
  });

  it('without fromReview, continues through the following steps instead', () => {
    const answers = { ...minimalComplete, goal: 'not-sure' };
    assert.equal(nextStep('goal', answers), 'hair-status');
  });
});

describe('navigation: firstIncompleteStep', () => {
  it('is the first step that needs an answer, or the review when none does', () => {
    assert.equal(firstIncompleteStep({}), 'smp-history');
    assert.equal(firstIncompleteStep({ ...minimalComplete, 'hair-transplant': 'had' }), 'hair-transplant');
    const { goal: _goal, ...withoutGoal } = minimalComplete;
    assert.equal(firstIncompleteStep(withoutGoal), 'goal');
    assert.equal(firstIncompleteStep(minimalComplete), 'review');
    assert.equal(firstIncompleteStep({ ...minimalComplete, concerns: ['bleeding-dots'] }), 'dots-appearance');
  });
});
