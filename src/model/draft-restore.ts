/**
 * A stored draft checked on restore as strictly as `answers` is on set: local storage
 * is written by anyone who shares the device or the origin, so nothing in it is trusted.
 */
import type { StepId } from './definition.js';
import { sanitizeAnswers, type Answers, type DroppedAnswer } from './answers.js';
import { visibleSteps } from './conditions.js';
import { firstIncompleteStep } from './navigation.js';
import { isComplete } from './validation.js';
import { isReference } from './reference.js';

export const DRAFT_VERSION = 1;
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** What a reload needs to put the patient back where they were. */
export interface Draft {
  /** Random id of this draft; every stored photo carries it, so a photo never joins another draft. */
  readonly id: string;
  readonly step: StepId;
  readonly answers: Answers;
  readonly fromReview: boolean;
  /** Set once finished, so a reload on the summary screen shows the same reference and time. */
  readonly completed: { readonly reference: string; readonly completedAt: string } | null;
}

export type DiscardReason = 'corrupt' | 'outdated' | 'expired';

export type Restored =
  | { readonly status: 'found'; readonly draft: Draft; readonly dropped: readonly DroppedAnswer[] }
  | { readonly status: 'discarded'; readonly reason: DiscardReason };

export interface RestoreContext {
  readonly now: number;
  /** A fresh draft id, for a draft whose id is not in the widget's own format. */
  readonly newId: () => string;
  /** A fresh reference, for a completed draft whose reference is not in the widget's own format. */
  readonly newReference: () => string;
}

const DRAFT_ID = /^[0-9a-f]{32}$/;

export function isDraftId(value: unknown): value is string {
  return typeof value === 'string' && DRAFT_ID.test(value);
}

/** A time that is a real instant and not in the future; `NaN` otherwise. */
function pastTime(value: unknown, now: number): number {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? isoTime(value) : NaN;
  return Number.isFinite(time) && time <= now ? time : NaN;
}

/** Only the form `toISOString()` writes, so "2026-12-01" (a local date) or "17" never pass as a time. */
function isoTime(value: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) ? Date.parse(value) : NaN;
}

/** Checks parsed JSON from storage; the result never holds more than the widget itself could have saved. */
export function restoreDraft(data: unknown, ctx: RestoreContext): Restored {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { status: 'discarded', reason: 'corrupt' };
  const stored = data as Record<string, unknown>;
  if (stored['v'] !== DRAFT_VERSION) return { status: 'discarded', reason: 'outdated' };
  const savedAt = pastTime(stored['savedAt'], ctx.now);
  if (typeof stored['savedAt'] !== 'number' || Number.isNaN(savedAt)) return { status: 'discarded', reason: 'corrupt' };
  if (ctx.now - savedAt > DRAFT_MAX_AGE_MS) return { status: 'discarded', reason: 'expired' };

  const { answers, dropped } = sanitizeAnswers(stored['answers']);
  let completed: Draft['completed'] = null;
  const rawCompleted = stored['completed'];
  if (rawCompleted !== null && rawCompleted !== undefined) {
    if (typeof rawCompleted !== 'object') return { status: 'discarded', reason: 'corrupt' };
    const { reference, completedAt } = rawCompleted as Record<string, unknown>;
    if (typeof completedAt !== 'string' || Number.isNaN(pastTime(completedAt, ctx.now)))
      return { status: 'discarded', reason: 'corrupt' };
    // A stored completion of an incomplete assessment never completes it (nor satisfies `required`).
    if (isComplete(answers)) {
      completed = { reference: isReference(reference) ? reference : ctx.newReference(), completedAt };
    }
  }

  return {
    status: 'found',
    draft: {
      id: isDraftId(stored['id']) ? stored['id'] : ctx.newId(),
      step: resumeStep(stored['step'], answers, completed !== null),
      answers,
      fromReview: stored['fromReview'] === true,
      completed,
    },
    dropped,
  };
}

/** The stored step, but never later than the first step that still needs an answer. */
function resumeStep(step: unknown, answers: Answers, completed: boolean): StepId {
  const steps = visibleSteps(answers) as string[];
  const limit = firstIncompleteStep(answers);
  if (completed && step === 'summary') return 'summary';
  const at = typeof step === 'string' ? steps.indexOf(step) : -1;
  if (at <= 0) return limit;
  const last = steps.indexOf(limit);
  return (at <= last ? steps[at] : limit) as StepId;
}
