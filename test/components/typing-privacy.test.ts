// Nothing typed leaves the widget (analytics and session replay listen on pages): typed-content events never reach
// listeners on the page, bubbling or capturing on document, while typing and Enter inside work as before; the host
// element carries the session-replay masking hints.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { minimalComplete } from '../fixtures/answers.js';
import { TYPED_EVENTS } from '../../src/controllers/typing-shield.js';
import { clearStorage, click, currentStep, shadow, type Widget } from './helpers.js';
import { answerUntil } from './flow.js';

describe('nothing typed leaves the widget', function () {
  this.timeout(30_000);
  afterEach(clearStorage);

  it('page listeners see no typed-content event; the notes and Enter work as before', async () => {
    const el = await fixture<Widget>(`<smp-assessment persist="none"></smp-assessment>`);
    const seen: string[] = [];
    const record = (where: string) => (event: Event) => {
      const data = (event as InputEvent).data ?? (event as KeyboardEvent).key ?? '';
      seen.push(`${where} ${event.type} ${data}`);
    };
    const listeners: [EventTarget, string, EventListener, boolean][] = [];
    for (const type of TYPED_EVENTS) {
      for (const [target, name] of [
        [document, 'document'],
        [document.body, 'body'],
        [el, 'host'],
        [window, 'window (bubble)'],
      ] as const) {
        for (const capture of [true, false]) {
          const listener = record(`${name}${capture ? ' capture' : ''}`);
          target.addEventListener(type, listener, capture);
          listeners.push([target, type, listener, capture]);
        }
      }
    }
    try {
      await click(el, 'start-button');
      await answerUntil(el, minimalComplete, 'notes');
      const area = shadow(el).querySelector<HTMLTextAreaElement>('textarea[name="notes"]')!;
      area.focus();
      await sendKeys({ type: 'secret' });
      await el.updateComplete;
      expect(area.value).to.equal('secret');
      expect(el.answers['notes']).to.equal('secret');
      await sendKeys({ press: 'Enter' });
      expect(area.value, 'Enter in a textarea makes a new line').to.equal('secret\n');
      // Enter on a radio still continues.
      await click(el, 'back-button');
      await click(el, 'back-button');
      const step = currentStep(el);
      const radio = shadow(el).querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (radio) {
        radio.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(currentStep(el), `Enter continued from ${step}`).not.to.equal(step);
      }
    } finally {
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener, capture);
    }
    expect(seen).to.deep.equal([]);
  });

  it('the host element carries the masking hints of common session-replay tools', async () => {
    const el = await fixture<Widget>(`<smp-assessment persist="none"></smp-assessment>`);
    expect(el.getAttribute('data-clarity-mask')).to.equal('true');
    expect(el.hasAttribute('data-hj-suppress')).to.equal(true);
    expect(el.hasAttribute('data-private')).to.equal(true);
    expect(el.hasAttribute('data-sentry-mask')).to.equal(true);
  });
});
