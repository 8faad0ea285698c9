// The photos step as a patient uses it: a picked photo is re-encoded on the
// device, shown as a thumbnail, can be removed, survives a re-created element, and reaches the form value,
// the JSON summary, the FHIR response and the text.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SmpCompleteDetail } from '../../src/events.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, settle, shadow, type Widget } from './helpers.js';
import { answerUntil, finish, mountLocal } from './flow.js';

async function jpeg(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c08060';
  context.fillRect(0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new File([blob], 'IMG_0042.JPG', { type: 'image/jpeg' });
}

/** Picks a file in the input of one angle, as the file chooser would. */
async function pick(el: Widget, angle: string, file: File): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`input[type="file"][name="photo-${angle}"]`)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(
    () => shadow(el).querySelector(`#photo-${angle}-title`)?.closest('li')?.querySelector('img, .error-message'),
    `no thumbnail or message for ${angle}`,
    { timeout: 10_000 },
  );
  await settle(el);
}

// Tests compare `!!thumbnail(...)`: a failing expect on a DOM node makes the runner's error serialisation hang.
const thumbnail = (el: Widget, angle: string) =>
  shadow(el).querySelector(`#photo-${angle}-title`)!.closest('li')!.querySelector('img');

async function toPhotos(el: Widget): Promise<void> {
  if (currentStep(el) === 'intro') await click(el, 'start-button');
  await answerUntil(el, minimalComplete, 'photos');
}

describe('photos step', function () {
  this.timeout(60_000);
  afterEach(clearStorage);

  it('keeps a picked photo as a re-encoded JPEG and sends it with the form, the JSON, FHIR and text', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <smp-assessment name="assessment" storage-key="photos-form" fhir-photos="inline"></smp-assessment>
      </form>`,
    );
    const el = form.querySelector('smp-assessment')!;
    await settle(el);
    await toPhotos(el);
    await pick(el, 'front', await jpeg(2400, 1200));
    expect(thumbnail(el, 'front')!.getAttribute('src')).to.match(/^blob:/);
    await expect(el).to.be.accessible();

    await click(el, 'continue-button');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    const done = oneEvent(el, 'smp-complete');
    await finish(el);
    const detail: SmpCompleteDetail = (await done).detail;

    expect(detail.photos.map((p) => p.name)).to.deep.equal(['front.jpg']);
    const [info] = el.summary!.photos;
    expect(info).to.include({ angle: 'front', name: 'front.jpg', type: 'image/jpeg', width: 1600, height: 800 });
    expect(info!.size).to.equal(detail.photos[0]!.size);
    const photoItem = detail.fhir.item!.find((i) => i.linkId === 'photos')!;
    const attachment = photoItem.answer![0]!.valueAttachment!;
    expect(attachment).to.include({ contentType: 'image/jpeg', title: 'front.jpg', size: info!.size });
    expect(atob(attachment.data!).length).to.equal(info!.size);
    expect(detail.text).to.include('1 photo is attached.');

    const sent = new FormData(form).getAll('assessment-photo') as File[];
    expect(sent.map((f) => [f.name, f.type, f.size])).to.deep.equal([['front.jpg', 'image/jpeg', info!.size]]);
  });

  it('refuses a file that is not a photo, with a message, and keeps nothing', async () => {
    const el = await mountLocal('photos-bad');
    await toPhotos(el);
    await pick(el, 'top', new File(['not an image'], 'notes.jpg', { type: 'image/jpeg' }));
    expect(!!thumbnail(el, 'top'), 'a top thumbnail').to.equal(false);
    expect(shadow(el).querySelector('#photo-top-error')!.textContent).to.include('could not open');
    await expect(el).to.be.accessible();
  });

  it('survives a re-created element, and Remove takes it away', async () => {
    const first = await mountLocal('photos-draft');
    await toPhotos(first);
    await pick(first, 'left', await jpeg(640, 480));
    await pick(first, 'right', await jpeg(640, 480));
    await click(first, 'continue-button');
    first.remove();

    const again = await mountLocal('photos-draft');
    await click(again, 'resume-button');
    expect(currentStep(again)).to.equal('notes');
    await click(again, 'back-button');
    await waitUntil(() => thumbnail(again, 'left'), 'the photo did not come back', { timeout: 10_000 });

    shadow(again).querySelector<HTMLButtonElement>('#photo-left-title + p ~ .photo-actions button')!.click();
    await settle(again);
    expect(!!thumbnail(again, 'left'), 'a left thumbnail').to.equal(false);
    again.remove();
    const third = await mountLocal('photos-draft');
    await click(third, 'resume-button');
    expect(currentStep(third)).to.equal('photos');
    // A draft's photos are restored in angle order (front, top, left, right, back) and shown together: once the
    // kept right photo is back, a left photo still in storage would be back too.
    await waitUntil(() => thumbnail(third, 'right'), 'the kept photo did not come back', { timeout: 10_000 });
    expect(!!thumbnail(third, 'left'), 'a left thumbnail').to.equal(false);
  });
});
