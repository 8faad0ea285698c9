/**
 * The SMP self-assessment as data: question ids, kinds, option codes, conditions and steps.
 * Ids and codes are the public contract (answers keys, FHIR linkIds and codes, input names and values): never
 * rename one. Wording lives in src/locales.
 */

type QuestionKind = 'single' | 'multiple' | 'text' | 'photos';

export type SectionId = 'your-smp' | 'change' | 'goal' | 'skin-health' | 'photos' | 'anything-else';

/** A follow-up shows when `question` has one of `anyOf`, or has an answer other than `noneOf`. */
export interface Condition {
  readonly question: string;
  readonly anyOf?: readonly string[];
  readonly noneOf?: readonly string[];
}

interface QuestionSpec {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly section: SectionId;
  readonly required: boolean;
  readonly options?: readonly string[];
  /** An option that excludes every other one (`none` in `medicines` and `health`). */
  readonly exclusive?: string;
  readonly maxLength?: number;
  readonly when?: Condition;
}

export const QUESTIONS = [
  {
    id: 'smp-last-session',
    kind: 'single',
    section: 'your-smp',
    required: true,
    options: ['under-6-months', '6-12-months', '1-3-years', '3-5-years', 'over-5-years', 'not-sure'],
  },
  {
    id: 'smp-sessions',
    kind: 'single',
    section: 'your-smp',
    required: true,
    options: ['1-2', '3-4', '5-plus', 'not-sure'],
  },
  {
    id: 'smp-practitioners',
    kind: 'single',
    section: 'your-smp',
    required: true,
    options: ['one', 'more-than-one', 'not-sure'],
  },
  { id: 'ink-details', kind: 'text', section: 'your-smp', required: false, maxLength: 200 },
  {
    id: 'smp-areas',
    kind: 'multiple',
    section: 'your-smp',
    required: true,
    options: ['hairline', 'temples', 'top', 'crown', 'sides-back', 'scar'],
  },
  {
    id: 'smp-original-reason',
    kind: 'single',
    section: 'your-smp',
    required: true,
    options: ['thinning', 'bald', 'scar-camouflage', 'alopecia', 'other'],
  },
  {
    id: 'concerns',
    kind: 'multiple',
    section: 'change',
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
    section: 'change',
    required: true,
    options: ['too-low', 'too-high', 'uneven', 'too-harsh', 'other'],
    when: { question: 'concerns', anyOf: ['hairline-placement'] },
  },
  {
    id: 'helmet-extent',
    kind: 'single',
    section: 'change',
    required: true,
    options: ['whole-area', 'some-areas'],
    when: { question: 'concerns', anyOf: ['helmet-look'] },
  },
  {
    id: 'tint-colour',
    kind: 'single',
    section: 'change',
    required: true,
    options: ['blue', 'green', 'grey', 'not-sure'],
    when: { question: 'concerns', anyOf: ['blue-green-tint'] },
  },
  {
    id: 'tint-onset',
    kind: 'single',
    section: 'change',
    required: true,
    options: ['from-start', 'over-time', 'not-sure'],
    when: { question: 'concerns', anyOf: ['blue-green-tint'] },
  },
  {
    id: 'dots-appearance',
    kind: 'multiple',
    section: 'change',
    required: true,
    options: ['too-large', 'merging', 'blurry'],
    when: { question: 'concerns', anyOf: ['bleeding-dots'] },
  },
  {
    id: 'change-reason',
    kind: 'multiple',
    section: 'change',
    required: true,
    options: ['not-as-expected', 'oversold', 'comments-from-others', 'want-new-style', 'growing-hair', 'other'],
    when: { question: 'concerns', anyOf: ['change-of-mind', 'new-style'] },
  },
  {
    id: 'concern-details',
    kind: 'text',
    section: 'change',
    required: true,
    maxLength: 500,
    when: { question: 'concerns', anyOf: ['other'] },
  },
  {
    id: 'goal',
    kind: 'single',
    section: 'goal',
    required: true,
    options: ['complete-removal', 'fade-for-redo', 'partial-removal', 'not-sure'],
  },
  {
    id: 'hair-status',
    kind: 'single',
    section: 'goal',
    required: true,
    options: ['little-or-none', 'thinning', 'most', 'not-sure'],
  },
  {
    id: 'hair-transplant',
    kind: 'single',
    section: 'goal',
    required: true,
    options: ['had', 'planning', 'no'],
  },
  {
    id: 'transplant-when',
    kind: 'single',
    section: 'goal',
    required: true,
    options: ['under-12-months', 'over-12-months', 'not-sure'],
    when: { question: 'hair-transplant', anyOf: ['had'] },
  },
  {
    id: 'transplant-plan',
    kind: 'single',
    section: 'goal',
    required: true,
    options: ['within-6-months', 'later', 'not-sure'],
    when: { question: 'hair-transplant', anyOf: ['planning'] },
  },
  {
    id: 'skin-type',
    kind: 'single',
    section: 'skin-health',
    required: true,
    options: ['I', 'II', 'III', 'IV', 'V', 'VI', 'not-sure'],
  },
  {
    id: 'recent-tan',
    kind: 'single',
    section: 'skin-health',
    required: true,
    options: ['yes', 'no', 'not-sure'],
  },
  {
    id: 'medicines',
    kind: 'multiple',
    section: 'skin-health',
    required: true,
    exclusive: 'none',
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
    section: 'skin-health',
    required: true,
    exclusive: 'none',
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
    section: 'skin-health',
    required: true,
    options: ['none', 'slight', 'moderate', 'significant', 'not-sure'],
  },
  {
    id: 'previous-removal',
    kind: 'single',
    section: 'skin-health',
    required: true,
    options: ['none', 'laser', 'non-laser', 'both'],
  },
  {
    id: 'previous-removal-sessions',
    kind: 'single',
    section: 'skin-health',
    required: true,
    options: ['1-2', '3-5', '6-plus'],
    when: { question: 'previous-removal', noneOf: ['none'] },
  },
  {
    id: 'previous-removal-last',
    kind: 'single',
    section: 'skin-health',
    required: true,
    options: ['under-6-weeks', '6-weeks-to-6-months', 'over-6-months', 'not-sure'],
    when: { question: 'previous-removal', noneOf: ['none'] },
  },
  { id: 'photos', kind: 'photos', section: 'photos', required: false },
  { id: 'notes', kind: 'text', section: 'anything-else', required: false, maxLength: 1000 },
] as const satisfies readonly QuestionSpec[];

export type Question = (typeof QUESTIONS)[number];
type QuestionId = Question['id'];
export type ChoiceQuestion = Extract<Question, { options: readonly string[] }>;
export type ChoiceQuestionId = ChoiceQuestion['id'];
export type TextQuestionId = Extract<Question, { kind: 'text' }>['id'];
/** The option codes of one choice question, as a union of string literals. */
export type OptionCode<Q extends ChoiceQuestionId> = Extract<ChoiceQuestion, { id: Q }>['options'][number];

/**
 * Steps that hold more than one question, keyed by step id, each listing its questions in order. A grouped
 * step shows its questions one under the other, under a heading of its own.
 */
export const GROUPED_STEPS = {
  'smp-history': ['smp-last-session', 'smp-sessions'],
  artists: ['smp-practitioners', 'ink-details'],
  tint: ['tint-colour', 'tint-onset'],
} as const;

/**
 * Steps whose follow-ups are revealed in place under the answer that opens them (GOV.UK's conditional
 * reveal). The step keeps the id of its first question, the parent, and that question's legend is its heading.
 */
export const REVEAL_STEPS = {
  'hair-transplant': ['hair-transplant', 'transplant-when', 'transplant-plan'],
  'previous-removal': ['previous-removal', 'previous-removal-sessions', 'previous-removal-last'],
} as const;

type GroupedQuestionId = (typeof GROUPED_STEPS)[keyof typeof GROUPED_STEPS][number];
type RevealedQuestionId = (typeof REVEAL_STEPS)[keyof typeof REVEAL_STEPS][number];
export type GroupedStepId = keyof typeof GROUPED_STEPS;

export type StepId = 'intro' | 'review' | 'summary' | QuestionStepId;
type QuestionStepId =
  Exclude<QuestionId, GroupedQuestionId | RevealedQuestionId> | GroupedStepId | keyof typeof REVEAL_STEPS;

export interface QuestionStep {
  readonly id: QuestionStepId;
  /** `single`: one question; `group`: several under one heading; `reveal`: a parent and its revealed follow-ups. */
  readonly layout: 'single' | 'group' | 'reveal';
  readonly questions: readonly Question[];
}

export const PHOTO_ANGLES = ['front', 'top', 'left', 'right', 'back'] as const;
export type PhotoAngle = (typeof PHOTO_ANGLES)[number];

const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function getQuestion(id: string): Question | undefined {
  return byId.get(id);
}

export function isChoice(question: Question): question is ChoiceQuestion {
  return question.kind === 'single' || question.kind === 'multiple';
}

const STEP_MEMBERS: readonly (readonly [QuestionStepId, 'group' | 'reveal', readonly string[]])[] = [
  ...Object.entries(GROUPED_STEPS).map(([id, ids]) => [id as QuestionStepId, 'group' as const, ids] as const),
  ...Object.entries(REVEAL_STEPS).map(([id, ids]) => [id as QuestionStepId, 'reveal' as const, ids] as const),
];

/** Every question step in order, built once from QUESTIONS, GROUPED_STEPS and REVEAL_STEPS. */
export const QUESTION_STEPS: readonly QuestionStep[] = (() => {
  const steps: QuestionStep[] = [];
  for (const question of QUESTIONS) {
    const group = STEP_MEMBERS.find(([, , ids]) => ids.includes(question.id));
    if (!group) {
      steps.push({ id: question.id as QuestionStepId, layout: 'single', questions: [question] });
    } else if (group[2][0] === question.id) {
      steps.push({ id: group[0], layout: group[1], questions: group[2].map((id) => byId.get(id)!) });
    }
  }
  return steps;
})();

export function getQuestionStep(id: string): QuestionStep | undefined {
  return QUESTION_STEPS.find((step) => step.id === id);
}

/** The step that holds a question (a grouped or reveal step, or the question's own). */
export function stepOfQuestion(questionId: string): QuestionStep | undefined {
  return QUESTION_STEPS.find((step) => step.questions.some((q) => q.id === questionId));
}
