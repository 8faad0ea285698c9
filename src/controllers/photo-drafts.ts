import type { ReactiveElement } from 'lit';
import type { PhotoStore } from '../photos/photo-store.js';
import type { Messages } from '../locales/types.js';
import { lazyChunk } from '../lazy-chunk.js';
import type { PhotosController } from './photos-controller.js';

const loadStore = lazyChunk((retry) => import('../photos/photo-store.js'));

/** What this file uses of the chunk that carries the photos step's controller (the later steps' chunk). */
export interface PhotosModule {
  readonly PhotosController: new (
    host: ReactiveElement,
    messages: () => Messages,
    drafts: PhotoDrafts,
  ) => PhotosController;
}

/**
 * The element's photos. The intro and the first question show none, so the photos step's controller
 * (PhotosController: adding, checking, thumbnails) comes with the later steps' lazy chunk; until it is there, this
 * holds only where a draft's photos are stored, which is enough to delete those of ended drafts, and reports no
 * photo.
 */
export class PhotoDrafts {
  /** The photos step's controller, once its chunk has arrived (`attach`). */
  step: PhotosController | null = null;
  /** Set when storage refused a photo, or its code could not be fetched: it will need adding again after a reload. */
  notKept = false;
  /** The storage key the photo store was opened under (the draft's, when it was asked for). */
  private storeKey: string | null = null;
  private store: Promise<PhotoStore | null> | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly messages: () => Messages,
    /** The chunk with the photos step's controller, shared by every element of the page (a `lazyChunk`). */
    private readonly load: () => Promise<PhotosModule>,
    /**
     * Where the draft is stored (the DraftController): its photos are stored under the same key, each with the
     * draft's id; no key (persist="none") keeps them in memory only.
     */
    private readonly draft: { readonly storageKey: string | null; readonly id: string },
  ) {}

  get count(): number {
    return this.step?.count ?? 0;
  }

  /** Kept photos in angle order, as they go into the form value and FHIR. */
  list(): ReturnType<PhotosController['list']> {
    return this.step?.list() ?? [];
  }

  /** Sets up the photos step's controller from its chunk, once; returns the chunk for whoever loaded it. */
  attach<M extends PhotosModule>(module: M): M {
    this.step ??= new module.PhotosController(this.host, this.messages, this);
    return module;
  }

  /** The current draft's id (`DraftStore.id`): saved photos carry it, restored ones must match it. */
  draftId(): string {
    return this.draft.id;
  }

  /**
   * The photo store of the draft's key, or null where nothing may be stored. The image code and IndexedDB are lazy
   * chunks: nothing is opened before a photo is added, restored or cleared.
   */
  openStore(): Promise<PhotoStore | null> | null {
    const key = this.draft.storageKey;
    if (key !== this.storeKey) {
      // The draft moved (another storage key, or persist="none"): its photos are stored under the new key.
      this.storeKey = key;
      this.store = null;
    }
    if (!key) return null;
    return (this.store ??= loadStore().then(
      (m) => new m.PhotoStore(key),
      () => {
        // Without the storage code the photos stay in this page only: say so, and try again next time.
        this.store = null;
        this.notKept = true;
        this.host.requestUpdate();
        return null;
      },
    ));
  }

  /** Deletes stored photos of ended drafts (all but the current draft's), when a journey starts. */
  async sweep(): Promise<void> {
    await (await this.openStore())?.purge(this.draftId());
  }

  /** The draft ended: every photo goes, from the page and from storage (where the next draft's id is already set). */
  async clear(): Promise<void> {
    if (this.step) return this.step.clear();
    this.notKept = false;
    await this.sweep();
  }

  /**
   * Puts back the photos of a resumed draft (PhotosController.restore). Never rejects: without the step's chunk the
   * answers resume without the photos, and the photos step says they were not kept on this device.
   */
  async restore(): Promise<void> {
    try {
      if (!this.step) this.attach(await this.load());
      await this.step?.restore();
    } catch {
      this.notKept = true;
      this.host.requestUpdate();
    }
  }

  /** Base64 bytes by file name, for FHIR attachments with `fhir-photos="inline"`. */
  async base64(): Promise<Map<string, string>> {
    return (await this.step?.base64()) ?? new Map();
  }
}
