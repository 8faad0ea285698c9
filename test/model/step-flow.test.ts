import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INITIAL_FLOW, stepFlow, type FlowAction, type FlowState } from '../../src/model/step-flow.js';
import { visibleQuestionSteps, visibleSteps } from '../../src/model/conditions.js';
import { nextStep } from '../../src/model/navigation.js';
import { validateStep } from '../../src/model/validation.js';
import type { Answers } from '../../src/model/answers.js';
import type { StepId } from '../../src/model/definition.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { answersArbitrary, completeAnswersArbitrary } from '../fixtures/arbitraries.js';

const at = (step: StepId, fromReview = false): FlowState => ({ step, fromReview, errors: [] });

/** Continues from intro until the review, as a patient who answers everything would. */
function walkToReview(answers: Answers): FlowState[] {
  const states = [stepFlow(INITIAL_FLOW, { type: 'start', answers })];
  while (states.at(-1)!.step !== 'review' && states.length < 100) {
    states.push(stepFlow(states.at(-1)!, { type: 'continue', answers }));
  }
  return states;
}

describe('step flow: the patient’s moves', () => {
  it('start, then continue, visits every visible step in order up to the review', () => {
    for (const answers of [minimalComplete, everything]) {
      const steps = walkToReview(answers).map((s) => s.step);
      assert.deepEqual(['intro', ...steps], visibleSteps(answers).slice(0, -1));
    }
  });

  it('continue on an unanswered question stays there with the errors', () => {
    const first = stepFlow(INITIAL_FLOW, { type: 'start', answers: {} });
    const blocked = stepFlow(first, { type: 'continue', answers: {} });
    assert.equal(blocked.step, first.step);
    assert.deepEqual(blocked.errors, validateStep(first.step, {}));
    assert.ok(blocked.errors.length > 0);
  });

  it('answering clears that question’s error only, and an answer without an error changes nothing', () => {
    const state: FlowState = {
      ...at('concerns'),
      errors: [
        { questionId: 'a', code: 'required' },
        { questionId: 'b', code: 'required' },
      ],
    };
    assert.deepEqual(stepFlow(state, { type: 'answered', questionId: 'a' }).errors, [
      { questionId: 'b', code: 'required' },
    ]);
    assert.equal(stepFlow(state, { type: 'answered', questionId: 'c' }), state);
  });

  it('back from the first question returns to the intro, and back on the intro does nothing', () => {
    const first = stepFlow(INITIAL_FLOW, { type: 'start', answers: minimalComplete });
    assert.equal(stepFlow(first, { type: 'back', answers: minimalComplete }).step, 'intro');
    assert.equal(stepFlow(INITIAL_FLOW, { type: 'back', answers: minimalComplete }), INITIAL_FLOW);
  });

  it('change from the review, then continue, returns to the review', () => {
    const review = walkToReview(minimalComplete).at(-1)!;
    const changed = stepFlow(review, { type: 'change', step: 'goal', answers: minimalComplete });
    assert.deepEqual(changed, at('goal', true));
    assert.deepEqual(stepFlow(changed, { type: 'continue', answers: minimalComplete }), at('review'));
    assert.deepEqual(stepFlow(changed, { type: 'back', answers: minimalComplete }), at('review'));
  });

  it('a change that shows a new follow-up visits it before the review', () => {
    const answers = { ...minimalComplete, concerns: ['helmet-look'] };
    const changed = stepFlow(at('review'), { type: 'change', step: 'concerns', answers });
    const next = stepFlow(changed, { type: 'continue', answers });
    assert.deepEqual(next, at('helmet-extent', true));
  });

  it('change to a hidden step or to a non-question step does nothing', () => {
    const review = at('review');
    assert.equal(stepFlow(review, { type: 'change', step: 'helmet-extent', answers: minimalComplete }), review);
    assert.equal(stepFlow(review, { type: 'change', step: 'summary', answers: minimalComplete }), review);
  });

  it('finish shows the summary; a failed finish shows the review', () => {
    assert.deepEqual(stepFlow(at('review'), { type: 'finish' }), at('summary'));
    assert.deepEqual(stepFlow(at('intro'), { type: 'showReview' }), at('review'));
    const review = at('review');
    assert.equal(stepFlow(review, { type: 'showReview' }), review);
  });

  it('resume opens the saved step; a saved summary opens the review, and a hidden step the first unanswered', () => {
    const resume = (step: StepId, answers: Answers) =>
      stepFlow(INITIAL_FLOW, { type: 'resume', step, fromReview: false, answers });
    assert.equal(resume('goal', minimalComplete).step, 'goal');
    assert.equal(resume('summary', minimalComplete).step, 'review');
    assert.equal(resume('helmet-extent', minimalComplete).step, 'review');
    assert.equal(
      stepFlow(INITIAL_FLOW, { type: 'resume', step: 'goal', fromReview: true, answers: {} }).fromReview,
      true,
    );
  });

  it('answers set from code move a hidden step or a summary to the first unanswered step, and leave the intro', () => {
    const onFollowUp = at('helmet-extent');
    assert.equal(stepFlow(onFollowUp, { type: 'prefill', answers: minimalComplete }).step, 'review');
    assert.equal(stepFlow(at('summary'), { type: 'prefill', answers: {} }).step, visibleSteps({})[1]);
    const intro = INITIAL_FLOW;
    assert.equal(stepFlow(intro, { type: 'prefill', answers: {} }), intro);
    const goal = at('goal');
    assert.equal(stepFlow(goal, { type: 'prefill', answers: minimalComplete }), goal);
  });

  it('another tab’s draft keeps a shown step, takes its fromReview and clears errors', () => {
    const state: FlowState = { ...at('goal'), errors: [{ questionId: 'goal', code: 'required' }] };
    assert.deepEqual(stepFlow(state, { type: 'sync', fromReview: true, answers: minimalComplete }), at('goal', true));
    assert.equal(stepFlow(at('summary'), { type: 'sync', fromReview: false, answers: minimalComplete }).step, 'review');
  });

  it('a browser-restored step is taken only when it is shown and not the summary', () => {
    assert.equal(stepFlow(INITIAL_FLOW, { type: 'restore', step: 'goal', answers: minimalComplete }).step, 'goal');
    for (const step of ['summary', 'helmet-extent', 'nonsense']) {
      assert.equal(stepFlow(INITIAL_FLOW, { type: 'restore', step, answers: minimalComplete }), INITIAL_FLOW);
    }
  });

  it('reset returns to the intro with nothing pending', () => {
    assert.deepEqual(
      stepFlow({ ...at('goal', true), errors: [{ questionId: 'goal', code: 'required' }] }, { type: 'reset' }),
      INITIAL_FLOW,
    );
  });
});

/** A random patient: actions drawn with the answers of the run (a question's id for Change comes from a step). */
const actionArbitrary = (answers: Answers): fc.Arbitrary<FlowAction> => {
  const questionSteps = visibleQuestionSteps(answers).map((s) => s.id as StepId);
  return fc.oneof(
    fc.constant<FlowAction>({ type: 'start', answers }),
    fc.constant<FlowAction>({ type: 'continue', answers }),
    fc.constant<FlowAction>({ type: 'back', answers }),
    fc.constant<FlowAction>({ type: 'finish' }),
    fc.constant<FlowAction>({ type: 'showReview' }),
    fc.constant<FlowAction>({ type: 'reset' }),
    fc.constantFrom(...questionSteps).map((step): FlowAction => ({ type: 'change', step, answers })),
  );
};

const runArbitrary = fc
  .oneof(answersArbitrary, completeAnswersArbitrary)
  .chain((answers) => fc.tuple(fc.constant(answers), fc.array(actionArbitrary(answers), { maxLength: 40 })));

describe('step flow: properties over random sequences of moves', () => {
  it('never reaches a step that is not visible', () => {
    fc.assert(
      fc.property(runArbitrary, ([answers, actions]) => {
        const steps = visibleSteps(answers) as string[];
        let state = INITIAL_FLOW;
        for (const action of actions) {
          state = stepFlow(state, action);
          assert.ok(steps.includes(state.step), `${state.step} after ${action.type}`);
        }
      }),
    );
  });

  it('back right after a continue that moved returns to the step it left (outside a Change)', () => {
    fc.assert(
      fc.property(runArbitrary, ([answers, actions]) => {
        let state = INITIAL_FLOW;
        for (const action of actions) {
          state = stepFlow(state, action);
          const next = stepFlow(state, { type: 'continue', answers });
          if (next.step === state.step || state.fromReview) continue;
          assert.equal(stepFlow(next, { type: 'back', answers }).step, state.step);
        }
      }),
    );
  });

  it('after a change, continuing leads back to the review, through the steps that still need an answer', () => {
    fc.assert(
      fc.property(fc.oneof(answersArbitrary, completeAnswersArbitrary), (answers) => {
        for (const step of visibleQuestionSteps(answers).map((s) => s.id as StepId)) {
          let flow = stepFlow(at('review'), { type: 'change', step, answers });
          for (let i = 0; i < 50 && flow.step !== 'review' && !flow.errors.length; i++) {
            const before: FlowState = flow;
            flow = stepFlow(flow, { type: 'continue', answers });
            // Every step passed through on the way back is one that needs an answer, or the one changed.
            if (flow.step !== 'review' && !flow.errors.length) {
              assert.ok(validateStep(flow.step, answers).length > 0, `${before.step} -> ${flow.step}`);
            }
          }
          // The walk ends on the review, or stops on a step whose errors the patient must fix first.
          assert.ok(flow.step === 'review' || flow.errors.length > 0);
          if (flow.step === 'review') assert.equal(flow.fromReview, false);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the reducer is pure: it never changes the state it was given', () => {
    fc.assert(
      fc.property(runArbitrary, ([, actions]) => {
        let state = INITIAL_FLOW;
        for (const action of actions) {
          const copy = structuredClone(state);
          const next = stepFlow(state, action);
          assert.deepEqual(state, copy);
          state = next;
        }
      }),
    );
  });

  it('continue agrees with nextStep whenever the step has no errors', () => {
    for (const answers of [minimalComplete, everything]) {
      for (const step of visibleQuestionSteps(answers).map((s) => s.id as StepId)) {
        assert.equal(stepFlow(at(step), { type: 'continue', answers }).step, nextStep(step, answers));
      }
    }
  });
});
