// Sending: the draft and its photos are cleared when the host form's submit is not
// cancelled, decided after every handler of the host ran; a page that cancels it (to send with fetch) keeps
// them until it calls reset().
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { PhotoStore } from '../../src/photos/photo-store.js';
import { minimalComplete } from '../fixtures/answers.js';
import { afterQueuedTasks, clearStorage, settle, type Widget } from './helpers.js';
import { toSummary } from './flow.js';

async function formWith(key: string): Promise<{ form: HTMLFormElement; el: Widget }> {
  const root = await fixture<HTMLDivElement>(
    `<div><iframe name="sink-${key}" title="sink"></iframe><form action="about:blank" target="sink-${key}">
      <smp-assessment name="assessment" storage-key="${key}"></smp-assessment><button>Send</button>
    </form></div>`,
  );
  const el = root.querySelector('smp-assessment') as Widget;
  await settle(el);
  return { form: root.querySelector('form')!, el };
}

const draftOf = (key: string) => localStorage.getItem(`smp-assessment:${key}`);

/** Stores a photo under the current draft, as the photos step would have. */
async function storePhoto(key: string): Promise<PhotoStore> {
  const id = (JSON.parse(draftOf(key)!) as { id: string }).id;
  const canvas = new OffscreenCanvas(64, 48);
  canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg' });
  const store = new PhotoStore(key);
  expect(await store.save('front', new File([blob], 'front.jpg', { type: 'image/jpeg' }), id)).to.equal(true);
  return store;
}

describe('sending', function () {
  this.timeout(30_000);
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('keeps the draft and photos when a host handler cancels the submit (to send with fetch)', async () => {
    const { form, el } = await formWith('send-cancel');
    await toSummary(minimalComplete, el);
    const store = await storePhoto('send-cancel');
    // Registered after the widget's own listener, as a page's sending code usually is.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
    await afterQueuedTasks(el);
    expect(draftOf('send-cancel'), 'the draft is kept').to.be.a('string');
    expect((await store.load((JSON.parse(draftOf('send-cancel')!) as { id: string }).id)).size).to.equal(1);
    // The page's fetch succeeded: it calls reset().
    el.reset();
    expect(draftOf('send-cancel')).to.equal(null);
    await waitUntil(async () => (await store.load()).size === 0 && !(await hasAny('send-cancel')), 'photo deleted');
  });

  it('clears the draft and photos once a submit goes through', async () => {
    const { form, el } = await formWith('send-through');
    await toSummary(minimalComplete, el);
    await storePhoto('send-through');
    form.requestSubmit();
    await waitUntil(() => draftOf('send-through') === null, 'the draft is cleared', { timeout: 3000 });
    await waitUntil(async () => !(await hasAny('send-through')), 'the photo is deleted', { timeout: 3000 });
  });
});

/** Whether any photo record of `key` is left, whatever draft it belongs to. */
async function hasAny(key: string): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('smp-assessment');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('photos').objectStore('photos').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    return keys.map(String).some((k) => k.startsWith(`${key}:`));
  } finally {
    db.close();
  }
}
