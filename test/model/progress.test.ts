import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PARTS, partProgressOf, stepsByPart, type PartProgress } from '../../src/model/progress.js';
import { nextStep } from '../../src/model/navigation.js';
import { visibleQuestionSteps, visibleSteps } from '../../src/model/conditions.js';
import { QUESTION_STEPS, type StepId } from '../../src/model/definition.js';
import { withAnswer, type Answers } from '../../src/model/answers.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { completeAnswersArbitrary } from '../fixtures/arbitraries.js';

/**
 * A forward journey as a patient makes it: on each step they give that step's answers from `target`, one question
 * at a time (so a ticked concern opens its follow-ups while they are still on the step), then press Continue.
 * Returns the progress seen on arrival and after each answer.
 */
function forwardJourney(target: Answers): { step: StepId; progress: PartProgress | null }[] {
  const seen: { step: StepId; progress: PartProgress | null }[] = [];
  let answers: Answers = {};
  let step: StepId = nextStep('intro', answers);
  for (let guard = 0; step !== 'review' && guard < 100; guard++) {
    seen.push({ step, progress: partProgressOf(step) });
    const current = visibleQuestionSteps(answers).find((s) => s.id === step);
    for (const question of current?.questions ?? []) {
      if (question.id in target) answers = withAnswer(answers, question.id, target[question.id]);
      seen.push({ step, progress: partProgressOf(step) });
    }
    step = nextStep(step, answers);
  }
  return seen;
}

describe('progress by part', () => {
  it('counts the five parts, in order, and starts at part 1 with nothing done', () => {
    assert.deepEqual(PARTS, ['your-smp', 'change', 'goal', 'skin-health', 'photos-notes']);
    assert.deepEqual(partProgressOf('smp-history'), { part: 1, parts: 5, id: 'your-smp', value: 0 });
    assert.equal(partProgressOf('concerns')?.part, 2);
    assert.equal(partProgressOf('concerns')?.value, 1 / 5);
    assert.equal(partProgressOf('goal')?.part, 3);
    assert.equal(partProgressOf('skin-type')?.part, 4);
    assert.equal(partProgressOf('photos')?.part, 5);
    assert.equal(partProgressOf('notes')?.part, 5, 'photos and notes are one part');
  });

  it('has no part on intro, review and summary', () => {
    for (const step of ['intro', 'review', 'summary'] as const) assert.equal(partProgressOf(step), null);
  });

  it('gives every question step a part, and advances within a part', () => {
    for (const step of QUESTION_STEPS) assert.ok(partProgressOf(step.id), step.id);
    const yourSmp = visibleSteps(everything).filter((s) => partProgressOf(s)?.id === 'your-smp');
    const values = yourSmp.map((s) => partProgressOf(s)!.value);
    assert.ok(values.length > 1);
    assert.ok(values.at(-1)! > values[0]!, `values within Your SMP: ${values.join(', ')}`);
    assert.ok(
      values.every((v) => v < 2 / 5),
      'stays inside its fifth of the bar',
    );
  });

  it('places the follow-ups that ticked concerns open between the concerns and the goal (no new goalposts)', () => {
    const before = visibleSteps(minimalComplete);
    const after = visibleSteps({
      ...minimalComplete,
      concerns: ['hairline-placement', 'blue-green-tint', 'bleeding-dots', 'change-of-mind'],
    });
    const opened = after.filter((step) => !before.includes(step));
    assert.ok(opened.length >= 4, `the concerns really open follow-ups: ${opened.join(', ')}`);
    const concerns = partProgressOf('concerns')!.value;
    const goal = partProgressOf('goal')!.value;
    for (const step of opened) {
      const progress = partProgressOf(step)!;
      assert.equal(progress.id, 'change', step);
      assert.ok(progress.value >= concerns && progress.value < goal, `${step}: ${progress.value}`);
    }
  });

  it('never decreases during any forward journey, and passes through parts 1 to 5 in order', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (target) => {
        const seen = forwardJourney(target).map((s) => s.progress);
        assert.ok(
          seen.every((p) => p !== null),
          'every question step shows a part',
        );
        for (let i = 1; i < seen.length; i++) {
          assert.ok(seen[i]!.value >= seen[i - 1]!.value, `went back from ${seen[i - 1]!.value} to ${seen[i]!.value}`);
          assert.ok(seen[i]!.part >= seen[i - 1]!.part);
        }
        assert.deepEqual([...new Set(seen.map((p) => p!.part))], [1, 2, 3, 4, 5]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('stepsByPart (the review by part)', () => {
  it('keeps every visible step once, in order, under parts in the order of PARTS', () => {
    fc.assert(
      fc.property(completeAnswersArbitrary, (answers) => {
        const steps = visibleQuestionSteps(answers);
        const groups = stepsByPart(steps);
        assert.deepEqual(
          groups.flatMap((group) => group.steps.map((step) => step.id)),
          steps.map((step) => step.id),
        );
        const order = groups.map((group) => PARTS.indexOf(group.part));
        assert.deepEqual(
          order,
          [...order].sort((a, b) => a - b),
        );
        assert.ok(groups.every((group) => group.steps.length > 0));
      }),
    );
  });

  it('gives the five parts for a complete journey, each step under the part its progress line names', () => {
    const groups = stepsByPart(visibleQuestionSteps(everything));
    assert.deepEqual(
      groups.map((group) => group.part),
      [...PARTS],
    );
    for (const group of groups) {
      for (const step of group.steps) assert.equal(partProgressOf(step.id)?.id, group.part, step.id);
    }
  });
});
