import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GROUPED_STEPS, QUESTIONS, QUESTION_STEPS, getQuestion, getQuestionStep } from '../../src/model/definition.js';

type Kind = 'single' | 'multiple' | 'text' | 'photos';

interface Expected {
  id: string;
  kind: Kind;
  required: boolean;
  options?: string[];
  maxLength?: number;
}

/**
 * PRODUCT.md section 3, copied by hand from the spec (not from the code), in the spec's order.
 * "one" is single, "several" is multiple; follow-ups are required when shown (section 2).
 */
const SPEC: Expected[] = [
  {
    id: 'smp-last-session',
    kind: 'single',
    required: true,
    options: ['under-6-months', '6-12-months', '1-3-years', '3-5-years', 'over-5-years', 'not-sure'],
  },
  { id: 'smp-sessions', kind: 'single', required: true, options: ['1-2', '3-4', '5-plus', 'not-sure'] },
  { id: 'smp-practitioners', kind: 'single', required: true, options: ['one', 'more-than-one', 'not-sure'] },
  {
    id: 'smp-areas',
    kind: 'multiple',
    required: true,
    options: ['hairline', 'temples', 'top', 'crown', 'sides-back', 'scar'],
  },
  {
    id: 'smp-original-reason',
    kind: 'single',
    required: true,
    options: ['thinning', 'bald', 'scar-camouflage', 'alopecia', 'other'],
  },
  {
    id: 'concerns',
    kind: 'multiple',
    required: true,
    options: [
      'hairline-placement',
      'helmet-look',
      'blue-green-tint',
      'bleeding-dots',
      'too-dark',
      'change-of-mind',
      'new-style',
      'other',
    ],
  },
  {
    id: 'hairline-problem',
    kind: 'single',
    required: true,
    options: ['too-low', 'too-high', 'uneven', 'too-harsh', 'other'],
  },
  { id: 'helmet-extent', kind: 'single', required: true, options: ['whole-area', 'some-areas'] },
  { id: 'tint-colour', kind: 'single', required: true, options: ['blue', 'green', 'grey', 'not-sure'] },
  { id: 'tint-onset', kind: 'single', required: true, options: ['from-start', 'over-time', 'not-sure'] },
  { id: 'dots-appearance', kind: 'multiple', required: true, options: ['too-large', 'merging', 'blurry'] },
  {
    id: 'change-reason',
    kind: 'multiple',
    required: true,
    options: [
      'not-as-expected',
      'oversold',
      'comments-from-others',
      'want-new-style',
      'growing-hair',
      'hair-transplant',
      'other',
    ],
  },
  { id: 'concern-details', kind: 'text', required: true, maxLength: 500 },
  {
    id: 'goal',
    kind: 'single',
    required: true,
    options: ['complete-removal', 'fade-for-redo', 'partial-removal', 'not-sure'],
  },
  { id: 'hair-status', kind: 'single', required: true, options: ['little-or-none', 'thinning', 'most', 'not-sure'] },
  { id: 'hair-transplant', kind: 'single', required: true, options: ['had', 'planning', 'no'] },
  { id: 'skin-type', kind: 'single', required: true, options: ['I', 'II', 'III', 'IV', 'V', 'VI', 'not-sure'] },
  { id: 'recent-tan', kind: 'single', required: true, options: ['yes', 'no', 'not-sure'] },
  {
    id: 'health',
    kind: 'multiple',
    required: true,
    options: [
      'pregnant-or-breastfeeding',
      'isotretinoin',
      'photosensitising-medication',
      'blood-thinners',
      'keloid-scarring',
      'scalp-condition',
      'immune-condition',
      'gold-therapy',
      'pigment-reaction',
      'none',
    ],
  },
  {
    id: 'scarring',
    kind: 'single',
    required: true,
    options: ['none', 'slight', 'moderate', 'significant', 'not-sure'],
  },
  { id: 'previous-removal', kind: 'single', required: true, options: ['none', 'laser', 'non-laser', 'both'] },
  { id: 'previous-removal-sessions', kind: 'single', required: true, options: ['1-2', '3-5', '6-plus'] },
  { id: 'photos', kind: 'photos', required: false },
  { id: 'notes', kind: 'text', required: false, maxLength: 1000 },
];

function describeQuestion(id: string): Expected {
  const q = getQuestion(id);
  assert.ok(q, `question ${id} exists`);
  const actual: Expected = { id: q.id, kind: q.kind, required: q.required };
  if ('options' in q) actual.options = [...q.options];
  if ('maxLength' in q) actual.maxLength = q.maxLength;
  return actual;
}

describe('definition', () => {
  it('has exactly the question ids of the spec, in its order', () => {
    assert.deepEqual(
      QUESTIONS.map((q) => q.id),
      SPEC.map((q) => q.id),
    );
  });

  for (const expected of SPEC) {
    it(`${expected.id}: kind, required, option codes and length limit match the spec exactly`, () => {
      assert.deepEqual(describeQuestion(expected.id), expected);
    });
  }

  it('makes `none` the one exclusive option, in health only', () => {
    const exclusive = QUESTIONS.flatMap((q) => ('exclusive' in q ? [[q.id, q.exclusive]] : []));
    assert.deepEqual(exclusive, [['health', 'none']]);
  });

  it('has unknown ids return undefined', () => {
    assert.equal(getQuestion('no-such-question'), undefined);
    assert.equal(getQuestion('tint'), undefined);
  });
});

describe('definition: steps', () => {
  const expectedStepIds = SPEC.map((q) => q.id)
    .filter((id) => id !== 'tint-onset')
    .map((id) => (id === 'tint-colour' ? 'tint' : id));

  it('has one step per question, except `tint` holding tint-colour and tint-onset', () => {
    assert.deepEqual(
      QUESTION_STEPS.map((s) => s.id),
      expectedStepIds,
    );
  });

  it('puts exactly one question in every step but tint', () => {
    for (const step of QUESTION_STEPS) {
      const ids = step.questions.map((q) => q.id);
      assert.deepEqual(ids, step.id === 'tint' ? ['tint-colour', 'tint-onset'] : [step.id]);
    }
  });

  it('declares tint as the only grouped step', () => {
    assert.deepEqual(GROUPED_STEPS, { tint: ['tint-colour', 'tint-onset'] });
  });

  it('finds steps by id, and no step for a grouped question', () => {
    assert.equal(getQuestionStep('tint')?.questions.length, 2);
    assert.equal(getQuestionStep('tint-colour'), undefined);
    assert.equal(getQuestionStep('notes')?.questions[0]?.id, 'notes');
  });
});
