// Photos live and die with their draft (a shared device must not show another draft's photos): each stored photo
// carries its draft's id; a discarded, expired, outdated, restarted or reset draft takes its photos with it; a photo of
// another draft is never attached; restored photos are checked again (decodable JPEG, longest side <= 1600 px,
// `<angle>.jpg`).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SmpCompleteDetail } from '../../src/events.js';
import { PHOTO_DB_NAME, PHOTO_OBJECT_STORE, PhotoStore } from '../../src/photos/photo-store.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, part, settle, shadow, type Widget } from './helpers.js';
import { answerUntil, mountLocal } from './flow.js';

const DAY = 24 * 60 * 60 * 1000;
const OTHER_DRAFT = 'b'.repeat(32);

async function jpeg(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c08060';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

/** Picks a file in the input of one angle, as the file chooser would, and waits for its thumbnail. */
async function pick(el: Widget, angle: string, blob: Blob): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`input[type="file"][name="photo-${angle}"]`)!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([blob], 'IMG_0042.JPG', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => thumbnail(el, angle), `no thumbnail for ${angle}`, { timeout: 10_000 });
  await settle(el);
}

// Tests compare `!!thumbnail(...)`: a failing expect on a DOM node makes the runner's error serialisation hang.
const thumbnail = (el: Widget, angle: string) =>
  shadow(el).querySelector(`#photo-${angle}-title`)?.closest('li')?.querySelector('img') ?? null;

/** Keys of the photo records stored under `storageKey`, read straight from IndexedDB. */
async function storedKeys(storageKey: string): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(PHOTO_DB_NAME);
    request.onupgradeneeded = () => request.result.createObjectStore(PHOTO_OBJECT_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(PHOTO_OBJECT_STORE)) return [];
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction(PHOTO_OBJECT_STORE).objectStore(PHOTO_OBJECT_STORE).getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return keys.map(String).filter((k) => k.startsWith(`${storageKey}:`));
  } finally {
    db.close();
  }
}

async function untilStored(storageKey: string, expected: string[], what: string): Promise<void> {
  await waitUntil(
    async () => {
      const last = (await storedKeys(storageKey)).sort();
      return JSON.stringify(last) === JSON.stringify(expected);
    },
    `${what}: stored keys did not become ${JSON.stringify(expected)}`,
    { timeout: 5000, interval: 100 },
  );
}

function storedDraft(key: string): Record<string, unknown> {
  return JSON.parse(localStorage.getItem(`smp-assessment:${key}`)!) as Record<string, unknown>;
}

/** A widget with a draft on the notes step and one stored photo (front), then removed as a reload would. */
async function draftWithPhoto(key: string): Promise<void> {
  const el = await mountLocal(key);
  await click(el, 'start-button');
  await answerUntil(el, minimalComplete, 'photos');
  await pick(el, 'front', await jpeg(640, 480));
  await click(el, 'continue-button');
  await untilStored(key, [`${key}:front`], 'the photo was stored');
  el.remove();
}

/** From the intro, Start (or Resume) and walk to the photos step. */
async function toPhotos(el: Widget): Promise<void> {
  await click(el, part(el, 'resume-button') ? 'resume-button' : 'start-button');
  if (currentStep(el) === 'notes') await click(el, 'back-button');
  else await answerUntil(el, minimalComplete, 'photos');
  expect(currentStep(el)).to.equal('photos');
}

describe('photos live and die with their draft', function () {
  this.timeout(60_000);
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('each stored draft has an id in its own format', async () => {
    const el = await mountLocal('dp-id');
    await click(el, 'start-button');
    expect(storedDraft('dp-id')['id']).to.match(/^[0-9a-f]{32}$/);
    el.remove();
  });

  const endings: Record<string, (key: string) => void> = {
    expired: (key) => {
      const draft = storedDraft(key);
      localStorage.setItem(`smp-assessment:${key}`, JSON.stringify({ ...draft, savedAt: Date.now() - 31 * DAY }));
    },
    corrupt: (key) => localStorage.setItem(`smp-assessment:${key}`, '{"v":1,"savedAt":'),
    outdated: (key) => localStorage.setItem(`smp-assessment:${key}`, JSON.stringify({ ...storedDraft(key), v: 99 })),
    'future-dated': (key) => {
      const draft = storedDraft(key);
      localStorage.setItem(`smp-assessment:${key}`, JSON.stringify({ ...draft, savedAt: Date.now() + 365 * DAY }));
    },
  };
  for (const [what, end] of Object.entries(endings)) {
    it(`deletes the photo of a draft found ${what}, which never shows again`, async () => {
      const key = `dp-${what}`;
      await draftWithPhoto(key);
      end(key);
      const el = await mountLocal(key);
      expect(shadow(el).querySelector('.notice')?.textContent).to.match(/could not open your saved answers/i);
      await untilStored(key, [], 'the photo of the discarded draft');
      await toPhotos(el);
      expect(!!thumbnail(el, 'front'), 'a front thumbnail').to.equal(false);
    });
  }

  it('Start again deletes the photo of the old draft', async () => {
    await draftWithPhoto('dp-restart');
    const el = await mountLocal('dp-restart');
    await click(el, 'restart-button');
    await untilStored('dp-restart', [], 'after Start again');
    await answerUntil(el, minimalComplete, 'photos');
    expect(!!thumbnail(el, 'front'), 'a front thumbnail').to.equal(false);
  });

  it('reset() deletes the stored photos', async () => {
    await draftWithPhoto('dp-reset');
    const el = await mountLocal('dp-reset');
    el.reset();
    await untilStored('dp-reset', [], 'after reset()');
  });

  it('never attaches a stored photo of another draft, and deletes it', async () => {
    await draftWithPhoto('dp-other');
    // Another draft's photo under the same key (as left behind when deleting it lost a race with leaving).
    await new PhotoStore('dp-other').save('left', new File([await jpeg(320, 240)], 'left.jpg'), OTHER_DRAFT);
    await untilStored('dp-other', ['dp-other:front', 'dp-other:left'], 'planted');
    const el = await mountLocal('dp-other');
    await toPhotos(el);
    // Reading the draft's photos deletes the foreign one; the own one shows once every photo read is restored.
    await untilStored('dp-other', ['dp-other:front'], 'the foreign photo is deleted');
    await waitUntil(() => thumbnail(el, 'front'), 'the own photo came back', { timeout: 10_000 });
    expect(!!thumbnail(el, 'left'), 'a left thumbnail').to.equal(false);
  });

  it('checks restored photos again: renamed, typed and sized from the bytes; too large or not a JPEG dropped', async () => {
    const id = 'c'.repeat(32);
    localStorage.setItem(
      'smp-assessment:dp-check',
      JSON.stringify({ v: 1, id, savedAt: Date.now(), step: 'review', answers: minimalComplete, fromReview: false }),
    );
    const store = new PhotoStore('dp-check');
    const front = await jpeg(640, 480);
    await store.save('front', new File([front], 'invoice.html', { type: 'text/html' }), id);
    await store.save('left', new File([await jpeg(3000, 2000)], 'left.jpg', { type: 'image/jpeg' }), id);
    await store.save('top', new File(['<script>alert(1)</script>'], 'top.jpg', { type: 'image/jpeg' }), id);
    const canvas = new OffscreenCanvas(20, 20);
    canvas.getContext('2d')!.fillRect(0, 0, 20, 20);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await store.save('back', new File([png], 'back.jpg', { type: 'image/jpeg' }), id);

    const el = await mountLocal('dp-check');
    await click(el, 'resume-button');
    expect(currentStep(el)).to.equal('review');
    await untilStored('dp-check', ['dp-check:front'], 'the failed photos are deleted');
    const completed = oneEvent(el, 'smp-complete');
    await click(el, 'finish-button');
    const { photos, summary } = (await completed).detail as SmpCompleteDetail;
    expect(photos.map((p) => [p.name, p.type, p.size])).to.deep.equal([['front.jpg', 'image/jpeg', front.size]]);
    expect(summary.photos).to.deep.equal([
      { angle: 'front', name: 'front.jpg', type: 'image/jpeg', size: front.size, width: 640, height: 480 },
    ]);
  });
});

describe('thumbnails', function () {
  this.timeout(60_000);
  afterEach(clearStorage);

  it('survive moving the element in the page', async () => {
    const el = await mountLocal('dp-move');
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'photos');
    await pick(el, 'front', await jpeg(320, 240));
    const elsewhere = document.createElement('div');
    el.parentElement!.after(elsewhere);
    elsewhere.append(el);
    await settle(el);
    // A new <img> is made on the way back, from the URL the move may have revoked.
    await click(el, 'continue-button');
    await click(el, 'back-button');
    const shown = thumbnail(el, 'front') as HTMLImageElement;
    await waitUntil(() => shown.complete, 'the thumbnail did not settle');
    expect(shown.naturalWidth, 'the thumbnail still shows the photo').to.equal(320);
    elsewhere.remove();
  });
});

describe('an IndexedDB that never opens', function () {
  this.timeout(60_000);
  afterEach(clearStorage);

  it('gives up after a few seconds and says the photos are not saved on this device', async () => {
    const el = await mountLocal('dp-hang');
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'photos');
    const original = IDBFactory.prototype.open;
    // An open request that never succeeds nor fails, as when another tab blocks it.
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
    try {
      await pick(el, 'front', await jpeg(320, 240));
      await waitUntil(
        () => /could not save your photos/i.test(shadow(el).textContent ?? ''),
        'no "not saved on this device" notice',
        { timeout: 8000 },
      );
    } finally {
      IDBFactory.prototype.open = original;
    }
    expect(!!thumbnail(el, 'front'), 'the photo is still shown').to.equal(true);
  });
});
