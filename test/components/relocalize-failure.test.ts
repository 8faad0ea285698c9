// A finished summary that cannot be rewritten after a language switch keeps the language it was written in, stays
// complete and sendable, and tells the page's developer why in a console warning (never an unhandled rejection).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { minimalComplete } from '../fixtures/answers.js';
import { answerAll, click, part, settle, shadow, type Widget } from './helpers.js';
import { answerUntil, finish, stubWarn } from './flow.js';
import { untilLocale } from './i18n-helpers.js';

const WARNING = 'the summary could not be rewritten in the new language';

/** Picks a small JPEG in the input of one angle, as the file chooser would, and waits for its thumbnail. */
async function pickPhoto(el: Widget, angle: string): Promise<void> {
  const canvas = new OffscreenCanvas(320, 240);
  canvas.getContext('2d')!.fillRect(0, 0, 320, 240);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  const input = shadow(el).querySelector<HTMLInputElement>(`input[type="file"][name="photo-${angle}"]`)!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([blob], 'IMG_0042.JPG', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(
    () => !!shadow(el).querySelector(`#photo-${angle}-title`)?.closest('li')?.querySelector('img'),
    'no thumbnail',
    {
      timeout: 10_000,
    },
  );
  await settle(el);
}

describe('a summary that cannot follow a language switch', function () {
  this.timeout(60_000);

  it('keeps its first language, stays complete and sendable, and says why in a console warning', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <smp-assessment name="assessment" persist="none" required fhir-photos="inline"></smp-assessment>
      </form>`,
    );
    const el = form.querySelector('smp-assessment')!;
    await settle(el);
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'photos');
    await pickPhoto(el, 'front');
    await answerAll(el, minimalComplete);
    await finish(el);
    const english = new FormData(form).get('assessment');
    expect(english).to.be.a('string').and.include(en.choices.concerns.options['too-dark']);
    expect(el.summary!.locale).to.equal('en');

    const warn = stubWarn();
    const arrayBuffer = Blob.prototype.arrayBuffer;
    // With fhir-photos="inline" the rewrite reads the photo's bytes again: now they cannot be read.
    Blob.prototype.arrayBuffer = () => Promise.reject(new Error('the bytes cannot be read'));
    try {
      el.setAttribute('lang', 'es');
      await untilLocale(el, 'es');
      await waitUntil(() => warn.calls.some(([message]) => String(message).includes(WARNING)), 'no console warning', {
        timeout: 5000,
      });
    } finally {
      Blob.prototype.arrayBuffer = arrayBuffer;
      warn.restore();
    }
    const [, reason] = warn.calls.find(([message]) => String(message).includes(WARNING))!;
    expect((reason as Error).message, 'the warning carries the reason').to.equal('the bytes cannot be read');

    // The widget speaks Spanish; the summary, its text and the form value stay as they were written, in English.
    expect(el.summary!.locale).to.equal('en');
    expect(new FormData(form).get('assessment')).to.equal(english);
    const screen = part(el, 'summary')!.textContent ?? '';
    expect(screen).to.include(en.choices.concerns.options['too-dark']);
    expect(screen).not.to.include(es.choices.concerns.options['too-dark']);
    expect(form.checkValidity(), 'still complete: the form can be sent').to.equal(true);
  });
});
