import type { ReactiveController, ReactiveElement } from 'lit';
import { DraftStore, type DraftContent, type DraftLoad } from './draft-store.js';
import type { Draft } from '../model/draft-restore.js';
import type { StepId } from '../model/definition.js';

/** The element's attributes that say where the draft lives (and `id`, which every element has). */
export interface DraftAttributes {
  readonly persist: string;
  readonly storageKey: string | null;
  readonly name: string | null;
}

export interface DraftHost {
  /** What to save now, or null where nothing is saved (the intro). */
  content(): DraftContent | null;
  /** Whether the patient is on the intro with no answers, where a saved draft is offered. */
  idle(): boolean;
  /** Whether the patient is on the intro (answers prefilled or not). */
  atIntro(): boolean;
  /** A draft was found broken or too old and deleted: its photos go with it. */
  discarded(): void;
  /** Another tab saved the draft while this one shows a question: its answers replace this tab's. */
  changedElsewhere(draft: Draft): void;
}

/**
 * The draft in localStorage (persist="local"): one persistence path. Every change asks for a save; the save
 * itself happens once per update of the element, with the state that update renders, so a burst of changes
 * (answers set from code, then a step change) writes the draft once, and what is stored is what is on screen.
 */
export class DraftController implements ReactiveController {
  /** The open draft, or null when nothing may be stored. */
  store: DraftStore | null = null;
  /** The key the open draft is stored under (after `smp-assessment:`), or null when nothing may be stored. */
  storageKey: string | null = null;
  /** A draft exists: the intro offers "Continue where you left off". */
  found = false;
  /** The step of that draft, so the intro can say how far the patient got ("You got to part 3 of 5"). */
  foundStep: StepId | null = null;
  /** A broken or expired draft was deleted: the intro says so. */
  discardedOne = false;
  /**
   * False once a save failed or storage refused a probe: the intro no longer promises to keep answers. With
   * persist="none" nothing is stored, so nothing fails: it stays true (the answers stay in the page until sent).
   */
  kept = true;
  /** Shown once, on the step where saving the draft first failed. */
  notSavingNotice = false;
  private dirty = false;
  private unwatch: () => void = () => {};

  constructor(
    private readonly host: ReactiveElement & DraftAttributes,
    private readonly of: DraftHost,
  ) {
    host.addController(this);
  }

  /** The id photos are stored under (see `DraftStore.id`). */
  get id(): string {
    return this.store?.id ?? '';
  }

  /**
   * Opens the draft under `storage-key`, else `name`, else `id`, else `smp-assessment`, or none with persist="none",
   * and offers it on the intro. The element calls it on its first update and when those attributes change.
   */
  open(): void {
    const { persist, storageKey, name, id } = this.host;
    const key = persist === 'none' ? null : storageKey || name || id || 'smp-assessment';
    this.unwatch();
    this.unwatch = () => {};
    this.storageKey = key;
    this.store = key === null ? null : new DraftStore(key);
    this.kept = this.store?.works() ?? true;
    if (!this.store) return;
    this.unwatch = this.store.watch(this.handleChangedElsewhere);
    this.lookForDraft();
  }

  /** Asks for a save at the next update of the element. */
  save(): void {
    if (!this.store) return;
    this.dirty = true;
    this.host.requestUpdate();
  }

  load(): DraftLoad | undefined {
    return this.store?.load();
  }

  /** Deletes the draft; a save asked for earlier is dropped with it. */
  clear(): void {
    this.dirty = false;
    this.store?.clear();
  }

  /** Before each render, so the draft holds what the patient sees. */
  hostUpdate(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const content = this.of.content();
    if (!this.store || !content) return;
    if (!this.store.save(content) && this.kept) {
      // Told once, on this step; from now on the intro no longer promises to keep the answers.
      this.kept = false;
      this.notSavingNotice = true;
    }
  }

  /** Moved in the page: the draft is read and watched again (the first update opens it the first time). */
  hostConnected(): void {
    if (this.host.hasUpdated) this.open();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  /** On the intro, offers "Continue where you left off" whenever a draft exists (saved here, or in another tab). */
  lookForDraft(): void {
    if (!this.store || !this.of.idle()) return;
    const loaded = this.store.load();
    this.found = loaded.status === 'found';
    this.foundStep = loaded.status === 'found' ? loaded.draft.step : null;
    this.discardedOne = loaded.status === 'discarded';
    // A discarded draft's photos go with it (the store already holds a new draft id).
    if (loaded.status === 'discarded') this.of.discarded();
  }

  /**
   * Another tab saved or cleared the draft under the same key. The intro offers it at once; on a question this tab
   * shows the other tab's latest answers before it writes again, so neither tab silently overwrites the other.
   */
  private handleChangedElsewhere = (): void => {
    if (this.of.atIntro()) {
      this.lookForDraft();
      this.host.requestUpdate();
      return;
    }
    const loaded = this.store?.load();
    // A draft cleared elsewhere (sent, or started again there) leaves this tab's answers on screen; its next save
    // writes them back.
    if (loaded?.status === 'found') this.of.changedElsewhere(loaded.draft);
  };
}
