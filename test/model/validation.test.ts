import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isComplete, validateAll, validateQuestion, validateStep } from '../../src/model/validation.js';
import { QUESTIONS, getQuestion, type Question } from '../../src/model/definition.js';
import type { Answers } from '../../src/model/answers.js';
import {
  concernJourneys,
  everySection,
  everything,
  minimalComplete,
  typicalJourney,
  withHiddenAnswers,
} from '../fixtures/answers.js';

function question(id: string): Question {
  const q = getQuestion(id);
  assert.ok(q, id);
  return q;
}

describe('validation: required', () => {
  it('reports every required main question of an empty assessment, in order, as data', () => {
    const errors = validateAll({});
    const required = QUESTIONS.filter((q) => q.required && !('when' in q)).map((q) => q.id);
    assert.deepEqual(
      errors,
      required.map((questionId) => ({ questionId, code: 'required' })),
    );
    for (const error of errors) assert.deepEqual(Object.keys(error).sort(), ['code', 'questionId']);
  });

  it('never requires photos or notes', () => {
    assert.equal(validateQuestion(question('photos'), {}), null);
    assert.equal(validateQuestion(question('notes'), {}), null);
    assert.equal(validateQuestion(question('notes'), { notes: '' }), null);
  });

  it('requires a shown follow-up, and ignores a hidden one', () => {
    assert.deepEqual(validateAll({ ...minimalComplete, concerns: ['bleeding-dots'] }), [
      { questionId: 'dots-appearance', code: 'required' },
    ]);
    assert.deepEqual(validateAll(withHiddenAnswers), []);
  });

  it('treats an empty list and blank text as unanswered', () => {
    assert.deepEqual(validateQuestion(question('smp-areas'), { 'smp-areas': [] }), {
      questionId: 'smp-areas',
      code: 'required',
    });
    for (const blank of ['  \n ', '\u0000\u000b ']) {
      assert.deepEqual(validateQuestion(question('concern-details'), { 'concern-details': blank }), {
        questionId: 'concern-details',
        code: 'required',
      });
    }
  });

  it('checks both questions of the tint step', () => {
    const answers = { ...minimalComplete, concerns: ['blue-green-tint'] };
    assert.deepEqual(validateStep('tint', answers), [
      { questionId: 'tint-colour', code: 'required' },
      { questionId: 'tint-onset', code: 'required' },
    ]);
    assert.deepEqual(validateStep('tint', { ...answers, 'tint-colour': 'blue' }), [
      { questionId: 'tint-onset', code: 'required' },
    ]);
  });

  it('has no errors for a hidden or unknown step', () => {
    assert.deepEqual(validateStep('tint', minimalComplete), []);
    assert.deepEqual(validateStep('intro', {}), []);
    assert.deepEqual(validateStep('no-such-step', {}), []);
  });

  it('finds every complete journey complete', () => {
    for (const answers of [
      minimalComplete,
      everything,
      everySection,
      typicalJourney,
      ...Object.values(concernJourneys),
    ]) {
      assert.deepEqual(validateAll(answers), []);
      assert.equal(isComplete(answers), true);
    }
    assert.equal(isComplete({}), false);
  });
});

describe('validation: too-long', () => {
  const cases: [string, number][] = [
    ['concern-details', 500],
    ['notes', 1000],
  ];
  for (const [id, max] of cases) {
    it(`accepts ${max} characters in ${id} and rejects ${max + 1}`, () => {
      assert.equal(validateQuestion(question(id), { [id]: 'a'.repeat(max) }), null);
      assert.deepEqual(validateQuestion(question(id), { [id]: 'a'.repeat(max + 1) }), {
        questionId: id,
        code: 'too-long',
      });
    });
  }

  it('reports too-long through the step and the whole assessment', () => {
    const answers = { ...concernJourneys['other']!, 'concern-details': 'x'.repeat(501) };
    assert.deepEqual(validateStep('concern-details', answers), [{ questionId: 'concern-details', code: 'too-long' }]);
    assert.equal(isComplete(answers), false);
  });
});

describe('validation: exclusive-none and unknown-option', () => {
  it('rejects `none` together with another health or medicines item', () => {
    const answers: Answers = { health: ['slow-healing', 'none'], medicines: ['blood-thinners', 'none'] };
    assert.deepEqual(validateQuestion(question('health'), answers), { questionId: 'health', code: 'exclusive-none' });
    assert.deepEqual(validateQuestion(question('medicines'), answers), {
      questionId: 'medicines',
      code: 'exclusive-none',
    });
    assert.equal(validateQuestion(question('health'), { health: ['none'] }), null);
    assert.equal(validateQuestion(question('health'), { health: ['skin-cancer', 'slow-healing'] }), null);
    assert.equal(validateQuestion(question('medicines'), { medicines: ['blood-thinners', 'isotretinoin'] }), null);
  });

  it('rejects a code that is not an option, for one and for several answers', () => {
    assert.deepEqual(validateQuestion(question('goal'), { goal: 'cure' }), {
      questionId: 'goal',
      code: 'unknown-option',
    });
    assert.deepEqual(validateQuestion(question('smp-areas'), { 'smp-areas': ['hairline', 'eyebrows'] }), {
      questionId: 'smp-areas',
      code: 'unknown-option',
    });
    // A code of another question is still unknown here.
    assert.deepEqual(validateQuestion(question('scarring'), { scarring: 'laser' }), {
      questionId: 'scarring',
      code: 'unknown-option',
    });
  });

  it('rejects several codes for a one-answer question', () => {
    assert.notEqual(validateQuestion(question('goal'), { goal: ['complete-removal', 'not-sure'] }), null);
  });
});
