import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GROUPED_STEPS,
  QUESTIONS,
  QUESTION_STEPS,
  REVEAL_STEPS,
  getQuestion,
  getQuestionStep,
  stepOfQuestion,
} from '../../src/model/definition.js';

type Kind = 'single' | 'multiple' | 'text' | 'photos';

interface Expected {
  id: string;
  kind: Kind;
  required: boolean;
  options?: string[];
  maxLength?: number;
}

/**
 * The public questions (ids, kinds, codes: clinics' code and FHIR rely on them), written out by hand rather than
 * copied from the code, so a rename fails here. "one" is single, "several" is multiple; follow-ups are required
 * when shown.
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
  { id: 'ink-details', kind: 'text', required: false, maxLength: 200 },
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
    kind: 'multiple',
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
    options: ['not-as-expected', 'oversold', 'comments-from-others', 'want-new-style', 'growing-hair', 'other'],
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
  { id: 'transplant-when', kind: 'single', required: true, options: ['under-12-months', 'over-12-months', 'not-sure'] },
  { id: 'transplant-plan', kind: 'single', required: true, options: ['within-6-months', 'later', 'not-sure'] },
  { id: 'skin-type', kind: 'single', required: true, options: ['I', 'II', 'III', 'IV', 'V', 'VI', 'not-sure'] },
  { id: 'recent-tan', kind: 'single', required: true, options: ['yes', 'no', 'not-sure'] },
  {
    id: 'medicines',
    kind: 'multiple',
    required: true,
    options: [
      'isotretinoin',
      'photosensitising-medication',
      'blood-thinners',
      'gold-therapy',
      'numbing-allergy',
      'pigment-reaction',
      'none',
    ],
  },
  {
    id: 'health',
    kind: 'multiple',
    required: true,
    options: [
      'pregnant-or-breastfeeding',
      'keloid-scarring',
      'scalp-condition',
      'immune-condition',
      'skin-cancer',
      'pigment-changes',
      'light-seizures',
      'slow-healing',
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
  {
    id: 'previous-removal-last',
    kind: 'single',
    required: true,
    options: ['under-6-weeks', '6-weeks-to-6-months', 'over-6-months', 'not-sure'],
  },
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
  it('has exactly the public question ids, in their order', () => {
    assert.deepEqual(
      QUESTIONS.map((q) => q.id),
      SPEC.map((q) => q.id),
    );
  });

  for (const expected of SPEC) {
    it(`${expected.id}: kind, required, option codes and length limit match the public contract exactly`, () => {
      assert.deepEqual(describeQuestion(expected.id), expected);
    });
  }

  it('makes `none` the one exclusive option, in medicines and health only', () => {
    const exclusive = QUESTIONS.flatMap((q) => ('exclusive' in q ? [[q.id, q.exclusive]] : []));
    assert.deepEqual(exclusive, [
      ['medicines', 'none'],
      ['health', 'none'],
    ]);
  });

  it('shows each follow-up under its condition', () => {
    const when = Object.fromEntries(QUESTIONS.flatMap((q) => ('when' in q ? [[q.id, q.when]] : [])));
    assert.deepEqual(when['transplant-when'], { question: 'hair-transplant', anyOf: ['had'] });
    assert.deepEqual(when['transplant-plan'], { question: 'hair-transplant', anyOf: ['planning'] });
    assert.deepEqual(when['previous-removal-sessions'], { question: 'previous-removal', noneOf: ['none'] });
    assert.deepEqual(when['previous-removal-last'], { question: 'previous-removal', noneOf: ['none'] });
    assert.deepEqual(when['hairline-problem'], { question: 'concerns', anyOf: ['hairline-placement'] });
    assert.deepEqual(when['change-reason'], { question: 'concerns', anyOf: ['change-of-mind', 'new-style'] });
    assert.equal(when['ink-details'], undefined, 'ink-details is always on the artists step');
  });

  it('has unknown ids return undefined', () => {
    assert.equal(getQuestion('no-such-question'), undefined);
    assert.equal(getQuestion('tint'), undefined);
  });
});

/** The grouped steps and the reveal steps, by the id `smp-step` announces (analytics rely on these ids). */
const MULTI: Record<string, string[]> = {
  'smp-history': ['smp-last-session', 'smp-sessions'],
  artists: ['smp-practitioners', 'ink-details'],
  tint: ['tint-colour', 'tint-onset'],
  'hair-transplant': ['hair-transplant', 'transplant-when', 'transplant-plan'],
  'previous-removal': ['previous-removal', 'previous-removal-sessions', 'previous-removal-last'],
};

describe('definition: steps', () => {
  const stepOf = (id: string) => Object.entries(MULTI).find(([, ids]) => ids.includes(id))?.[0] ?? id;
  const expectedStepIds = [...new Set(SPEC.map((q) => stepOf(q.id)))];

  it('has one step per question, except the grouped and reveal steps', () => {
    assert.deepEqual(
      QUESTION_STEPS.map((s) => s.id),
      expectedStepIds,
    );
  });

  it('puts exactly the listed questions in each step', () => {
    for (const step of QUESTION_STEPS) {
      const ids = step.questions.map((q) => q.id);
      assert.deepEqual(ids, MULTI[step.id] ?? [step.id]);
      assert.equal(step.layout, step.id in REVEAL_STEPS ? 'reveal' : step.id in GROUPED_STEPS ? 'group' : 'single');
    }
  });

  it('declares smp-history, artists and tint as grouped, hair-transplant and previous-removal as reveal steps', () => {
    assert.deepEqual(Object.keys(GROUPED_STEPS), ['smp-history', 'artists', 'tint']);
    assert.deepEqual(Object.keys(REVEAL_STEPS), ['hair-transplant', 'previous-removal']);
  });

  it('finds steps by id, no step for a grouped question, and the step of any question', () => {
    assert.equal(getQuestionStep('tint')?.questions.length, 2);
    assert.equal(getQuestionStep('tint-colour'), undefined);
    assert.equal(getQuestionStep('smp-last-session'), undefined);
    assert.equal(getQuestionStep('transplant-when'), undefined);
    assert.equal(getQuestionStep('notes')?.questions[0]?.id, 'notes');
    assert.equal(stepOfQuestion('transplant-plan')?.id, 'hair-transplant');
    assert.equal(stepOfQuestion('ink-details')?.id, 'artists');
    assert.equal(stepOfQuestion('goal')?.id, 'goal');
  });
});
