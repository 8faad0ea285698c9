// Photos with a keyboard or a screen reader (accessibility review, findings 1 to 3 and 12): focus stays on the slot's
// file input while a photo is prepared and after it is added, replaced or removed, never on <body>; an error is said
// in the status line; every photo control's name is one string with its spaces.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import { click, mount, settle, shadow, type Widget } from './helpers.js';
import { answerUntil } from './flow.js';

async function jpeg(): Promise<File> {
  const canvas = new OffscreenCanvas(400, 300);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c08060';
  context.fillRect(0, 0, 400, 300);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new File([blob], 'IMG_0042.JPG', { type: 'image/jpeg' });
}

const input = (el: Widget, angle = 'front') =>
  shadow(el).querySelector<HTMLInputElement>(`input[type="file"][name="photo-${angle}"]`)!;
const status = (el: Widget) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

/** Focuses the angle's input and sets a file on it, as the chooser does after Space or Enter on it. */
function pickFocused(el: Widget, file: File, angle = 'front'): HTMLInputElement {
  const target = input(el, angle);
  target.focus();
  const transfer = new DataTransfer();
  transfer.items.add(file);
  target.files = transfer.files;
  target.dispatchEvent(new Event('change', { bubbles: true }));
  return target;
}

/** The element focus is on: inside the widget when the document's focus is the widget itself. */
function focused(el: Widget): Element | null {
  return document.activeElement === el ? shadow(el).activeElement : document.activeElement;
}

async function toPhotos(): Promise<Widget> {
  const el = await mount();
  await click(el, 'start-button');
  await answerUntil(el, minimalComplete, 'photos');
  return el;
}

describe('photos with the keyboard and a screen reader', function () {
  this.timeout(60_000);

  it('focus stays on the input while the photo is prepared and after it is added, then after Remove', async () => {
    const el = await toPhotos();
    const count = () => shadow(el).querySelector('.photo-count')!.textContent!.trim();
    expect(shadow(el).textContent).to.contain(en.photos.privacy);
    expect(count()).to.equal('0 of 5 added');
    const picked = pickFocused(el, await jpeg());
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain(en.photos.processing);
    expect(picked.disabled, 'not disabled while prepared').to.equal(false);
    expect(focused(el), 'focus while prepared').to.equal(picked);
    await waitUntil(() => shadow(el).querySelector('.photo-slot img'), 'the thumbnail', { timeout: 10_000 });
    await settle(el);
    expect(focused(el), 'focus after adding').to.equal(input(el));
    expect(input(el).getAttribute('aria-label')).to.equal(`${en.photos.replace}: ${en.photos.angles.front}`);
    expect(status(el)).to.equal(en.photos.added(en.photos.angles.front));
    expect(count()).to.equal('1 of 5 added');

    const remove = input(el).closest('.photo-slot')!.querySelector<HTMLButtonElement>('button')!;
    expect(remove.getAttribute('aria-label')).to.equal(`${en.photos.remove}: ${en.photos.angles.front}`);
    remove.focus();
    remove.click();
    await settle(el);
    expect(remove.isConnected, 'Remove left with the photo').to.equal(false);
    expect(document.activeElement).to.not.equal(document.body);
    expect(focused(el), 'focus after Remove').to.equal(input(el));
    expect(input(el).getAttribute('aria-label')).to.equal(`${en.photos.add}: ${en.photos.angles.front}`);
    expect(status(el)).to.equal(en.photos.removed(en.photos.angles.front));
    expect(count()).to.equal('0 of 5 added');
  });

  it('a file that is not a photo is said in the status line; focus stays on its input', async () => {
    const el = await toPhotos();
    const picked = pickFocused(el, new File(['not a photo'], 'notes.txt', { type: 'text/plain' }), 'top');
    await waitUntil(() => shadow(el).querySelector('.photo-slot--error'), 'the error in its slot', { timeout: 10_000 });
    await settle(el);
    expect(status(el)).to.equal(`${en.photos.angles.top}: ${en.photos.notImage} ${en.photos.notKept}`);
    expect(focused(el)).to.equal(picked);
    expect(picked.getAttribute('aria-describedby')).to.contain('photo-top-error');
    await expect(el).to.be.accessible();
  });
});
