// The summary's status line: it says plainly that nothing has been sent, with the one next
// step as the primary button; Copy, Download and Print are secondary and each confirms in a status message.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, mount, part, settle, shadow, type Widget } from './helpers.js';
import { closeFrames, openFrame, PAGES } from './frame.js';
import { toSummary } from './flow.js';

function statusLine(el: Widget): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('.send-status')!;
}

function statusRegion(el: Widget): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="status"]')!;
}

/** `a` comes before `b` in the document. */
function precedes(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

async function formWithWidget(): Promise<{ form: HTMLFormElement; el: Widget; email: HTMLInputElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <smp-assessment name="assessment" persist="none"></smp-assessment>
      <label>Email <input name="email" type="email" required /></label>
      <button type="submit">Send my consultation request</button>
    </form>`,
  );
  const el = form.querySelector<Widget>('smp-assessment')!;
  await settle(el);
  return { form, el, email: form.querySelector<HTMLInputElement>('input[name="email"]')! };
}

describe('summary status line and send-button', function () {
  this.timeout(30_000);

  it('inside a form: says it is ready but not sent, before the summary, with send-button as the only primary button', async () => {
    const { el } = await formWithWidget();
    await toSummary(minimalComplete, el);
    const status = statusLine(el);
    expect(status.textContent).to.contain(en.summary.readyNotSent);
    const heading = part(el, 'heading')!;
    expect(precedes(heading, status), 'right under the heading').to.equal(true);
    expect(precedes(status, shadow(el).querySelector('.meta')!), 'before the reference and the answers').to.equal(true);
    const send = part(el, 'send-button')!;
    expect(status.contains(send)).to.equal(true);
    expect(send.textContent!.trim()).to.equal(en.summary.send);
    const primaries = [...shadow(el).querySelectorAll('.primary')];
    expect(primaries.length === 1 && primaries[0] === send, 'send-button is the only primary button').to.equal(true);
    for (const name of ['copy-button', 'download-button', 'print-button']) {
      expect(part(el, name)!.classList.contains('secondary'), name).to.equal(true);
    }
    expect(part(el, 'consultation-button'), 'no consultation button in a form').to.equal(null);
  });

  it('send-button focuses the first invalid field of the host form, then, once it is filled, the submit button', async () => {
    const { form, el, email } = await formWithWidget();
    await toSummary(minimalComplete, el);
    part(el, 'send-button')!.focus();
    await click(el, 'send-button');
    expect(document.activeElement === email, 'the empty email field has focus').to.equal(true);
    email.value = 'pat@example.org';
    part(el, 'send-button')!.focus();
    await click(el, 'send-button');
    expect(
      document.activeElement === form.querySelector('button[type="submit"]'),
      'the submit button has focus',
    ).to.equal(true);
    expect(statusRegion(el).textContent!.trim(), 'nothing to say when it found the button').to.equal('');
  });

  it('send-button says so in words when the host form has no way to send', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><smp-assessment persist="none"></smp-assessment></form>`);
    const el = form.querySelector<Widget>('smp-assessment')!;
    await toSummary(minimalComplete, el);
    part(el, 'send-button')!.focus();
    await click(el, 'send-button');
    await waitUntil(() => statusRegion(el).textContent!.trim() !== '', 'a status message', { timeout: 3000 });
    expect(statusRegion(el).textContent!.trim()).to.equal(en.summary.sendMissing);
    expect(shadow(el).activeElement === part(el, 'send-button'), 'focus stays on the button').to.equal(true);
  });

  it('outside a form with consultation-url: nothing sent, and the consultation button right there', async () => {
    const el = await mount(
      html`<smp-assessment persist="none" clinic="Lakeshore Laser" consultation-url="#consult"></smp-assessment>`,
    );
    await toSummary(minimalComplete, el);
    const status = statusLine(el);
    expect(status.textContent).to.contain(en.summary.nothingSent);
    expect(status.textContent).to.contain(en.summary.consultNext('Lakeshore Laser'));
    const consult = part(el, 'consultation-button')!;
    expect(status.contains(consult)).to.equal(true);
    const primaries = [...shadow(el).querySelectorAll('.primary')];
    expect(primaries.length === 1 && primaries[0] === consult, 'the consultation button is the only primary').to.equal(
      true,
    );
    expect(part(el, 'send-button')).to.equal(null);
  });

  it('outside a form without consultation-url: nothing sent, and how to share it', async () => {
    const el = await mount();
    await toSummary(minimalComplete, el);
    const status = statusLine(el);
    expect(status.textContent).to.contain(en.summary.nothingSent);
    expect(status.textContent).to.contain(en.summary.attach(null));
    expect(part(el, 'consultation-button')).to.equal(null);
    expect(part(el, 'send-button')).to.equal(null);
    expect(shadow(el).querySelectorAll('.primary').length, 'Copy is not dressed as the way to send').to.equal(0);
  });

  it('the status message is in the tree before any action, and Copy, Download and Print each confirm, every time', async () => {
    const el = await mount();
    await toSummary(minimalComplete, el);
    const region = statusRegion(el);
    expect(region.textContent!.trim()).to.equal('');
    const style = getComputedStyle(region);
    expect([style.display, style.visibility]).to.deep.equal(['block', 'visible']);

    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const confirmed = () => waitUntil(() => region.textContent!.trim() !== '', 'a status message', { timeout: 3000 });
      await click(el, 'copy-button');
      await confirmed();
      const copied = region.textContent!.trim();
      expect([en.summary.copied, en.summary.copyFailed]).to.include(copied);
      await click(el, 'copy-button');
      await waitUntil(() => texts.filter((t) => t === copied).length === 2, 'the second Copy', { timeout: 3000 });
      expect(texts.filter((t) => t === copied).length, 'a second Copy is announced again').to.equal(2);
      expect(statusRegion(el), 'the same region, never replaced').to.equal(region);

      await click(el, 'download-button');
      const downloaded = en.summary.downloaded(`smp-summary-${el.summary!.reference}.txt`);
      await waitUntil(() => region.textContent!.trim() === downloaded, 'download status');

      await click(el, 'print-button');
      await waitUntil(() => region.textContent!.trim() === en.summary.printOpened, 'print status');
      expect(printed).to.equal(1);
      expect(region.textContent!.trim()).to.equal(en.summary.printOpened);
    } finally {
      window.print = print;
      observer.disconnect();
    }
  });

  it('the browser’s own Print prints the summary alone while it is on screen, and leaves the page alone elsewhere', async () => {
    const el = await mount();
    await toSummary(minimalComplete, el);
    const sheets = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.hasAttribute('data-smp-printing'), 'the summary is what prints').to.equal(true);
    expect(document.adoptedStyleSheets.length, 'the rest of the page is hidden').to.equal(sheets + 1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(sheets);

    el.reset();
    await settle(el);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.hasAttribute('data-smp-printing'), 'the intro does not print alone').to.equal(false);
      expect(document.adoptedStyleSheets.length, 'nothing of the page is hidden').to.equal(sheets);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });
  it('on a phone the summary keeps only its top and bottom rules and the frame’s width; on a wide screen its card', async () => {
    for (const [width, card] of [
      [320, false],
      [900, true],
    ] as const) {
      // A frame's width is its page's viewport in every engine, so the phone rule applies as on a phone.
      clearStorage();
      const frame = await openFrame(`${PAGES}src.html`, { width, height: 900 });
      const el = await toSummary(minimalComplete, frame.el);
      const summary = part(el, 'summary')!;
      const style = frame.win.getComputedStyle(summary);
      expect(style.borderTopStyle, `top rule at ${width} px`).to.equal('solid');
      expect(style.borderBottomStyle, `bottom rule at ${width} px`).to.equal('solid');
      expect(style.borderLeftStyle === 'solid', `side borders at ${width} px`).to.equal(card);
      expect(parseFloat(style.paddingLeft) > 0, `inner inset at ${width} px`).to.equal(card);
      closeFrames();
    }
    clearStorage();
  });
  it('the summary’s own CSS comes with its lazy chunk and is applied: the bordered summary and the inset status line', async () => {
    const el = await mount();
    await toSummary(minimalComplete, el);
    const summary = getComputedStyle(part(el, 'summary')!);
    expect(summary.borderTopStyle).to.equal('solid');
    expect(summary.borderTopWidth).to.equal('1px');
    const status = getComputedStyle(statusLine(el));
    expect(parseFloat(status.borderInlineStartWidth)).to.be.greaterThan(3);
    // The element's own rules are still there alongside it.
    expect(getComputedStyle(part(el, 'heading')!).fontWeight).to.equal('700');
  });
});
