import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PHOTO_ANGLES, type PhotoAngle } from '../model/definition.js';
import type { PhotoInfo } from '../model/summary-types.js';
import type { PhotoError, ProcessedPhoto } from '../photos/process.js';
import type { Messages } from '../locales/types.js';
import { lazyChunk } from '../lazy-chunk.js';
import { photoErrorText } from '../photos/error-text.js';
import type { PhotoDrafts } from './photo-drafts.js';

const loadProcess = lazyChunk((retry) => import('../photos/process.js'));
const loadRecheck = lazyChunk((retry) => import('../photos/recheck.js'));

export interface KeptPhoto {
  readonly file: File;
  readonly info: PhotoInfo;
  /** A blob: URL for the thumbnail (allowed by `img-src blob:`), revoked when replaced or removed. */
  readonly url: string;
}

/**
 * The photos step's state: processed photos by angle, their draft copies in IndexedDB (through the element's
 * PhotoDrafts, which holds where they are stored), and status text. It travels in the later steps' lazy chunk.
 */
export class PhotosController implements ReactiveController {
  private readonly photos = new Map<PhotoAngle, KeptPhoto>();
  /** The latest request per angle, so a slow result never overwrites a newer pick or a removal. */
  private readonly latest = new Map<PhotoAngle, number>();
  private requests = 0;
  /** Angles being processed, for the progress message. */
  readonly busy = new Set<PhotoAngle>();
  readonly errors = new Map<PhotoAngle, PhotoError>();
  status = '';
  /** Set when the photo code could not be fetched; the next Add tries again. */
  loadFailed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly messages: () => Messages,
    private readonly drafts: PhotoDrafts,
  ) {
    host.addController(this);
  }

  /** Set when storage refused a photo, or its code could not be fetched: it will need adding again after a reload. */
  get notKept(): boolean {
    return this.drafts.notKept;
  }

  hostDisconnected(): void {
    for (const photo of this.photos.values()) URL.revokeObjectURL(photo.url);
  }

  /** Moving the element in the page disconnects it: its thumbnails get fresh URLs for the revoked ones. */
  hostConnected(): void {
    for (const [angle, photo] of this.photos)
      this.photos.set(angle, { ...photo, url: URL.createObjectURL(photo.file) });
    if (this.photos.size) this.host.requestUpdate();
  }

  get count(): number {
    return this.photos.size;
  }

  get(angle: PhotoAngle): KeptPhoto | undefined {
    return this.photos.get(angle);
  }

  /** Kept photos in angle order, as they go into the form value and FHIR. */
  list(): KeptPhoto[] {
    return PHOTO_ANGLES.flatMap((angle) => this.photos.get(angle) ?? []);
  }

  /**
   * Puts back the photos of a resumed draft, each checked again as if just added; a photo that fails the
   * check, or belongs to another draft, is deleted from storage.
   */
  async restore(): Promise<void> {
    try {
      const store = await this.drafts.openStore();
      if (!store) return;
      const saved = await store.load(this.drafts.draftId());
      const { recheckPhoto } = await loadRecheck();
      for (const [angle, stored] of saved) {
        const photo = await recheckPhoto(stored, angle);
        if (photo) this.set(angle, { ...photo, url: URL.createObjectURL(photo.file) });
        else await store.remove(angle);
      }
    } catch {
      // Storage or the checking code failed: the answers resume without the photos, and the photos step says
      // they were not kept on this device, so the patient can add them again.
      this.drafts.notKept = true;
    }
    this.host.requestUpdate();
  }

  async add(angle: PhotoAngle, file: File): Promise<void> {
    const t = this.messages().photos;
    this.busy.add(angle);
    this.errors.delete(angle);
    this.status = t.processing;
    this.host.requestUpdate();
    const request = ++this.requests;
    this.latest.set(angle, request);
    let result: ProcessedPhoto;
    try {
      const { processPhoto } = await loadProcess();
      this.loadFailed = false;
      result = await processPhoto(file, angle);
    } catch {
      // The photo code could not be fetched (offline, blocked): the step says so and the patient can try again.
      if (this.latest.get(angle) === request) {
        this.busy.delete(angle);
        this.loadFailed = true;
        this.status = '';
        this.host.requestUpdate();
      }
      return;
    }
    if (this.latest.get(angle) !== request) return;
    this.busy.delete(angle);
    if (!result.ok) {
      this.errors.set(angle, result.error);
      // Said in the status line too: the message in the slot is only read when the patient goes back to it.
      this.status = `${t.angles[angle]}: ${photoErrorText(t, result.error)}`;
    } else {
      this.set(angle, { file: result.file, info: result.info, url: URL.createObjectURL(result.file) });
      this.status = t.added(t.angles[angle]);
      // Shown at once: keeping a draft copy may take seconds (a busy or blocked database).
      this.host.requestUpdate();
      const store = await this.drafts.openStore();
      if (store) this.drafts.notKept = !(await store.save(angle, result.file, this.drafts.draftId())) || this.notKept;
    }
    this.host.requestUpdate();
  }

  async remove(angle: PhotoAngle): Promise<void> {
    const t = this.messages().photos;
    this.latest.delete(angle);
    this.busy.delete(angle);
    this.set(angle, null);
    this.errors.delete(angle);
    this.status = t.removed(t.angles[angle]);
    this.host.requestUpdate();
    await (await this.drafts.openStore())?.remove(angle);
  }

  async clear(): Promise<void> {
    this.latest.clear();
    this.busy.clear();
    for (const angle of PHOTO_ANGLES) this.set(angle, null);
    this.errors.clear();
    this.status = '';
    this.drafts.notKept = false;
    this.host.requestUpdate();
    // The draft has ended and its store already holds the next draft's id: every other photo goes.
    await this.drafts.sweep();
  }

  /** Base64 bytes by file name, for FHIR attachments with `fhir-photos="inline"`. */
  async base64(): Promise<Map<string, string>> {
    const { toBase64 } = await loadProcess();
    const entries = await Promise.all(this.list().map(async (p) => [p.info.name, await toBase64(p.file)] as const));
    return new Map(entries);
  }

  private set(angle: PhotoAngle, photo: KeptPhoto | null): void {
    const old = this.photos.get(angle);
    if (old) URL.revokeObjectURL(old.url);
    if (photo) this.photos.set(angle, photo);
    else this.photos.delete(angle);
  }
}
