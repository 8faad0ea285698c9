import type { StepId } from '../model/definition.js';
import { visibleSteps } from '../model/conditions.js';
import { sanitizeAnswers, type Answers } from '../model/answers.js';

export const DRAFT_VERSION = 1;
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const PREFIX = 'smp-assessment:';

/** What a reload needs to put the patient back where they were. */
export interface Draft {
  readonly step: StepId;
  readonly answers: Answers;
  readonly fromReview: boolean;
  /** Set once finished, so a reload on the summary screen shows the same reference and time. */
  readonly completed: { readonly reference: string; readonly completedAt: string } | null;
}

export type DraftLoad =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly draft: Draft }
  | { readonly status: 'discarded'; readonly reason: 'corrupt' | 'outdated' | 'expired' };

interface StoredDraft extends Draft {
  readonly v: number;
  readonly savedAt: number;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can throw on access when the browser blocks it (private modes, sandboxed iframes).
    return null;
  }
}

function isStep(value: unknown, answers: Answers): value is StepId {
  return typeof value === 'string' && (visibleSteps(answers) as string[]).includes(value);
}

/** Reads and writes the draft of one widget under `smp-assessment:<storage key>` in localStorage. */
export class DraftStore {
  readonly key: string;

  constructor(
    storageKey: string,
    private readonly now: () => number = Date.now,
  ) {
    this.key = PREFIX + storageKey;
  }

  load(): DraftLoad {
    const raw = storage()?.getItem(this.key);
    if (raw === null || raw === undefined) return { status: 'none' };
    const result = this.parse(raw);
    if (result.status === 'discarded') this.clear();
    return result;
  }

  /** Saves the draft; false when storage is full or blocked, so the element can tell the patient. */
  save(draft: Draft): boolean {
    const stored: StoredDraft = { v: DRAFT_VERSION, savedAt: this.now(), ...draft };
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(this.key, JSON.stringify(stored));
      return true;
    } catch {
      // Quota exceeded or storage blocked: the element tells the patient; their screen keeps every answer.
      return false;
    }
  }

  /** Whether anything can be saved at all (blocked storage or a private mode that refuses writes). */
  works(): boolean {
    const probe = `${this.key}:probe`;
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(probe, '1');
      store.removeItem(probe);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Calls `changed` whenever another tab or window saves or clears this draft (the `storage` event fires only in
   * the other documents of the origin). Returns the function that stops listening.
   */
  watch(changed: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === this.key || event.key === null) changed();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }

  clear(): void {
    try {
      storage()?.removeItem(this.key);
    } catch {
      // Nothing to clear when storage is blocked.
    }
  }

  private parse(raw: string): DraftLoad {
    let data: Partial<StoredDraft>;
    try {
      data = JSON.parse(raw) as Partial<StoredDraft>;
    } catch {
      return { status: 'discarded', reason: 'corrupt' };
    }
    if (!data || typeof data !== 'object') return { status: 'discarded', reason: 'corrupt' };
    if (data.v !== DRAFT_VERSION) return { status: 'discarded', reason: 'outdated' };
    if (typeof data.savedAt !== 'number' || this.now() - data.savedAt > DRAFT_MAX_AGE_MS) {
      return { status: 'discarded', reason: 'expired' };
    }
    const { answers, dropped } = sanitizeAnswers(data.answers);
    if (dropped.length || !isStep(data.step, answers)) return { status: 'discarded', reason: 'corrupt' };
    const completed = data.completed;
    const validCompleted =
      completed && typeof completed.reference === 'string' && typeof completed.completedAt === 'string'
        ? { reference: completed.reference, completedAt: completed.completedAt }
        : null;
    return {
      status: 'found',
      draft: { step: data.step, answers, fromReview: data.fromReview === true, completed: validCompleted },
    };
  }
}
