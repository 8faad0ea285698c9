import { DRAFT_VERSION, restoreDraft, type Draft, type DiscardReason } from '../model/draft-restore.js';
import { makeReference } from '../model/reference.js';
import { secureRandom } from '../secure-random.js';

const PREFIX = 'smp-assessment:';

/** What the widget saves: the draft without its id, which the store keeps (see `DraftStore.id`). */
export type DraftContent = Omit<Draft, 'id'>;

export type DraftLoad =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly draft: Draft }
  | { readonly status: 'discarded'; readonly reason: DiscardReason };

interface StoredDraft extends Draft {
  readonly v: number;
  readonly savedAt: number;
}

/** 128 random bits as 32 hex digits (`crypto.randomUUID` exists only in secure contexts). */
function newDraftId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can throw on access when the browser blocks it (private modes, sandboxed iframes).
    return null;
  }
}

/** Reads and writes the draft of one widget under `smp-assessment:<storage key>` in localStorage. */
export class DraftStore {
  readonly key: string;
  /**
   * The id of the current draft: the loaded one's, else a fresh one that the next save writes. Photos are
   * stored under it; `clear()` starts a new one, so a photo of an ended draft never joins the next.
   */
  id = newDraftId();

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
    if (result.status === 'found') this.id = result.draft.id;
    return result;
  }

  /** Saves the draft; false when storage is full or blocked, so the element can tell the patient. */
  save(draft: DraftContent): boolean {
    const stored: StoredDraft = { v: DRAFT_VERSION, savedAt: this.now(), ...draft, id: this.id };
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
    this.id = newDraftId();
    try {
      storage()?.removeItem(this.key);
    } catch {
      // Nothing to clear when storage is blocked.
    }
  }

  private parse(raw: string): DraftLoad {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { status: 'discarded', reason: 'corrupt' };
    }
    const result = restoreDraft(data, {
      now: this.now(),
      newId: newDraftId,
      newReference: () => makeReference(secureRandom),
    });
    if (result.status === 'found' && result.dropped.length) {
      console.warn('<smp-assessment>: the saved draft held answers it does not accept; they were left out.');
    }
    return result.status === 'found' ? { status: 'found', draft: result.draft } : result;
  }
}
