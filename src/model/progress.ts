/**
 * Progress by part ("Part 2 of 5 · What you want to change"). A count of questions grows when the patient ticks a
 * concern that opens follow-ups, so the bar went backwards exactly when they were being honest. Here the parts and
 * the steps that advance a part are fixed by the definition: a follow-up (a step whose questions all have a
 * condition) is a sub-step that shares the place of the step after it, so no answer can move the bar back.
 */
import { QUESTION_STEPS, type QuestionStep, type SectionId, type StepId } from './definition.js';

export const PARTS = ['your-smp', 'change', 'goal', 'skin-health', 'photos-notes'] as const;
export type PartId = (typeof PARTS)[number];

/** Photos and the last free-text question are one part for the patient: both are optional extras. */
const PART_OF_SECTION: Record<SectionId, PartId> = {
  'your-smp': 'your-smp',
  change: 'change',
  goal: 'goal',
  'skin-health': 'skin-health',
  photos: 'photos-notes',
  'anything-else': 'photos-notes',
};

export interface PartProgress {
  /** 1-based part number. */
  readonly part: number;
  readonly parts: number;
  readonly id: PartId;
  /** Share of the whole journey done when arriving on this step, in [0, 1): advances within a part. */
  readonly value: number;
}

function partOf(step: QuestionStep): PartId {
  return PART_OF_SECTION[step.questions[0]!.section];
}

/** The visible question steps grouped by part, in order (the review's sections). Parts with no step are left out. */
export function stepsByPart(steps: readonly QuestionStep[]): { part: PartId; steps: QuestionStep[] }[] {
  return PARTS.map((part) => ({ part, steps: steps.filter((step) => partOf(step) === part) })).filter(
    (group) => group.steps.length > 0,
  );
}

/** A step that every patient sees: at least one of its questions has no condition. */
function isBase(step: QuestionStep): boolean {
  return step.questions.some((q) => !('when' in q));
}

const byStep: ReadonlyMap<string, PartProgress> = (() => {
  const map = new Map<string, PartProgress>();
  PARTS.forEach((id, index) => {
    const steps = QUESTION_STEPS.filter((step) => partOf(step) === id);
    const baseCount = steps.filter(isBase).length;
    let baseBefore = 0;
    for (const step of steps) {
      const within = baseCount ? Math.min(baseBefore, baseCount - 1) / baseCount : 0;
      map.set(step.id, { part: index + 1, parts: PARTS.length, id, value: (index + within) / PARTS.length });
      if (isBase(step)) baseBefore += 1;
    }
  });
  return map;
})();

/** The part a question step belongs to and how far along the journey it is; null on intro, review and summary. */
export function partProgressOf(step: StepId): PartProgress | null {
  return byStep.get(step) ?? null;
}
