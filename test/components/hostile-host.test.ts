// Hostile host: a page whose global CSS restyles every element, class, id and part
// name the widget uses, and sets huge, broken inherited text styles. Shadow DOM must keep that CSS out (the flow
// completes by clicks, and every element inside keeps the widget's own look) and keep the widget's CSS in (the
// page's own `button`, `.option`, `.heading`... look exactly as the page styled them, before and after).
import { expect, fixture } from '@open-wc/testing';
import { typicalJourney } from '../fixtures/answers.js';
import { engine, setViewport } from './engine.js';
import { until } from './frame.js';
import { click, currentStep, part, settle, shadow, stepQuestionIds, type Widget } from './helpers.js';

/** Every tag, class, id and part the widget uses, restyled as badly as a page could. */
const HOSTILE_CSS = `
  body {
    font: italic small-caps 700 56px/0 Georgia, serif;
    color: red; text-transform: uppercase; letter-spacing: 0.4em; word-spacing: 2em; text-indent: 3em;
    text-shadow: 2px 2px 0 lime; white-space: nowrap; text-align: right; font-variant: small-caps;
  }
  /* Every element; font-size only below <html>, since the widget follows the root size (rem) by design. */
  * {
    margin: 11px; padding: 13px; border: 4px dotted orange; box-sizing: content-box;
    background: yellow; color: red; line-height: 0; font-style: italic; font-weight: 100;
    text-transform: uppercase; letter-spacing: 0.4em; word-spacing: 2em; text-indent: 3em;
    text-align: right; white-space: nowrap; text-shadow: 2px 2px 0 lime;
  }
  body * { font-size: 56px; }
  button, .button {
    background: rgb(255, 0, 255) !important; color: rgb(0, 255, 0) !important; border: 9px solid black !important;
    width: 7px !important; height: 7px !important; min-height: 0 !important; padding: 0 !important;
    font-size: 70px !important; opacity: 0.3 !important;
  }
  input, textarea, progress { display: none !important; }
  fieldset, legend, label, dl, dt, dd, ul, li, section, svg, img { display: none !important; }
  h1, h2, h3, p, span { font-size: 80px !important; line-height: 0 !important; color: red !important; }
  [part], [part~='continue-button'], [part='heading'], [tabindex] { display: none !important; visibility: hidden !important; }
  .frame, .step, .intro, .heading, .lead, .hint, .points, .privacy, .notice, .option, .options, .option-label,
  .option-text, .option-hint, .question, .actions, .primary, .secondary, .back, .link, .review, .review-row,
  .summary, .summary-section, .error-summary, .error-message, .visually-hidden, .progress, .photo-slot {
    position: fixed !important; top: -9999px !important; left: -9999px !important; width: 1px !important;
    height: 1px !important; overflow: hidden !important; color: red !important; background: red !important;
  }
  #concerns-error, #error-summary-title, #concerns-hint, #smp-last-session--1-3-years, [id*='--'], [id$='-hint'] {
    display: none !important;
  }
`;

/** The widget's own colours (light theme defaults in smp-assessment.styles.ts). */
const OWN = {
  text: 'rgb(29, 39, 51)',
  background: 'rgb(255, 255, 255)',
  primary: 'rgb(11, 94, 99)',
  primaryText: 'rgb(255, 255, 255)',
};

const LOOK = [
  'display',
  'position',
  'color',
  'background-color',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'padding-top',
  'margin-top',
  'width',
  'height',
  'opacity',
  'outline-style',
  'box-shadow',
  'border-radius',
  'cursor',
] as const;

function lookOf(element: Element): Record<string, string> {
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return Object.fromEntries(LOOK.map((name) => [name, style.getPropertyValue(name)]));
}

function within(outer: DOMRect, inner: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.width > 0 && inner.height > 0;
}

/** Inside the shadow root, on the current step: nothing of the page's CSS shows, and the controls work. */
function expectOwnLook(el: Widget): void {
  const step = currentStep(el);
  const root = shadow(el);
  const frame = root.querySelector<HTMLElement>('.frame')!;
  const frameStyle = getComputedStyle(frame);
  expect(frameStyle.backgroundColor, `${step}: frame background`).to.equal(OWN.background);
  expect(frameStyle.color, `${step}: frame text`).to.equal(OWN.text);
  expect(frameStyle.fontSize, `${step}: base text size follows the root (1rem)`).to.equal('16px');

  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    const what = `${step}: <${element.localName} class="${element.className}">`;
    if (style.display === 'none' || element.closest('svg, .visually-hidden')) continue;
    expect(style.color, `${what} colour`).not.to.equal('rgb(255, 0, 0)');
    expect(style.backgroundColor, `${what} background`).not.to.be.oneOf(['rgb(255, 255, 0)', 'rgb(255, 0, 0)']);
    expect(style.lineHeight, `${what} line-height`).not.to.equal('0px');
    expect(parseFloat(style.fontSize), `${what} font-size`).to.be.within(12, 40);
    expect(style.textTransform, `${what} text-transform`).to.equal('none');
    expect(style.fontStyle, `${what} font-style`).to.equal('normal');
    expect(parseFloat(style.letterSpacing) || 0, `${what} letter-spacing`).to.be.below(2); // the page's: 22.4px
    expect(style.wordSpacing, `${what} word-spacing`).to.equal('0px');
    expect(style.textIndent, `${what} text-indent`).to.equal('0px');
    expect(style.textShadow, `${what} text-shadow`).to.equal('none');
    // Firefox's own stylesheet gives `<input type="file">` white-space: nowrap (not the page's CSS: the
    // same input in a page without any CSS has it too), so there only the file input may have it.
    if (!(engine === 'firefox' && element.matches('input[type="file"]'))) {
      expect(style.whiteSpace, `${what} white-space`).not.to.equal('nowrap');
    }
    expect(style.fontVariantCaps, `${what} font-variant`).to.equal('normal');
  }

  // The heading: visible, the widget's size (1.5rem) and colour, text inside the widget's box.
  const heading = part(el, 'heading')!;
  const box = el.getBoundingClientRect();
  expect(getComputedStyle(heading).fontSize, `${step}: heading size`).to.equal('24px');
  expect(within(box, heading.getBoundingClientRect()), `${step}: heading inside the widget`).to.be.true;
  expect(heading.scrollWidth, `${step}: heading text wraps`).to.be.at.most(heading.clientWidth + 1);

  // The main button: its own colours, at least 44x44, on screen, and the topmost element at its centre.
  const button = part(el, 'continue-button') ?? part(el, 'start-button') ?? part(el, 'finish-button');
  if (!button) return;
  button.scrollIntoView({ block: 'center' });
  const rect = button.getBoundingClientRect();
  const style = getComputedStyle(button);
  expect(style.backgroundColor, `${step}: button background`).to.equal(OWN.primary);
  expect(style.color, `${step}: button text`).to.equal(OWN.primaryText);
  expect(style.opacity).to.equal('1');
  expect(style.visibility).to.equal('visible');
  expect(rect.width, `${step}: button width`).to.be.at.least(44);
  expect(rect.height, `${step}: button height`).to.be.within(44, 80);
  expect(within(box, rect), `${step}: button inside the widget`).to.be.true;
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  expect(hit === button || button.contains(hit), `${step}: button is what a click at its centre hits`).to.be.true;
}

async function chooseByLabel(el: Widget, questionId: string, codes: string | string[]): Promise<void> {
  for (const code of Array.isArray(codes) ? codes : [codes]) {
    const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${questionId}"][value="${code}"]`)!;
    const label = shadow(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!;
    const rect = label.getBoundingClientRect();
    expect(rect.height, `${questionId}=${code} option height`).to.be.at.least(44);
    // Click the label, as a patient does: it must be the label that takes the click.
    if (!input.checked) label.click();
    await el.updateComplete;
    expect(input.checked, `${questionId}=${code} checked by its label`).to.be.true;
  }
}

/** The page's own elements, with the same tags, classes, ids and part names as the widget's. */
const PAGE_MARKUP = `<div class="page">
  <h2 class="heading" id="page-heading">The page's own heading</h2>
  <p class="hint">The page's own hint</p>
  <div class="option" id="page-option"><label for="page-radio">A page option</label></div>
  <input type="radio" id="page-radio" />
  <button type="button" class="primary" part="continue-button" id="page-button">The page's button</button>
  <div class="frame" id="page-frame">The page's frame</div>
  <span id="concerns-error">The page's own #concerns-error</span>
</div>`;

/**
 * The look of PAGE_MARKUP's elements on a page that never loaded the widget: a same-origin srcdoc iframe with
 * the hostile CSS only. Layout sizes are left out (the frame's viewport differs); everything else must match.
 */
async function pristineLooks(): Promise<Record<string, string>[]> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html><head><style>${HOSTILE_CSS}</style></head><body>${PAGE_MARKUP}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const looks = [...iframe.contentDocument!.querySelectorAll('.page *')].map(paintOf);
  iframe.remove();
  return looks;
}

function paintOf(element: Element): Record<string, string> {
  const { width: _width, height: _height, ...paint } = lookOf(element);
  return paint;
}

describe('hostile host page', () => {
  let sheet: HTMLStyleElement;
  let page: HTMLElement;

  beforeEach(async () => {
    await setViewport({ width: 900, height: 900 });
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
    page = await fixture<HTMLElement>(PAGE_MARKUP);
  });

  afterEach(() => {
    sheet.remove();
  });

  it('cannot restyle the widget, and the flow completes by clicks', async function () {
    this.timeout(30_000);
    const outside = [...page.querySelectorAll('*')];
    const before = outside.map(lookOf);
    const styleSheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;

    const el = document.createElement('smp-assessment') as Widget;
    el.setAttribute('persist', 'none');
    page.append(el);
    await settle(el);

    expectOwnLook(el);
    await click(el, 'start-button');
    for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
      const step = currentStep(el);
      expectOwnLook(el);
      const ids = stepQuestionIds(step);
      for (const id of ids) {
        const value = typicalJourney[id];
        if (value === undefined) continue;
        if (shadow(el).querySelector(`textarea[name="${id}"]`)) {
          const area = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[name="${id}"]`)!;
          area.value = value as string;
          area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
        } else await chooseByLabel(el, id, value);
      }
      if (step === 'smp-history') {
        // An error first: the error summary and inline message keep the widget's look too.
        const input = shadow(el).querySelector<HTMLInputElement>('input[name="smp-last-session"]:checked')!;
        input.checked = false;
        el.answers = {};
        await click(el, 'continue-button');
        expect(part(el, 'error-summary')).to.exist;
        expectOwnLook(el);
        await chooseByLabel(el, 'smp-last-session', typicalJourney['smp-last-session']!);
        await chooseByLabel(el, 'smp-sessions', typicalJourney['smp-sessions']!);
      }
      await click(el, 'continue-button');
      expect(currentStep(el), `left ${step}`).not.to.equal(step);
    }
    expect(currentStep(el)).to.equal('review');
    expectOwnLook(el);
    await click(el, 'finish-button');
    // The summary may come from a lazy chunk: wait for it.
    await until(() => currentStep(el) === 'summary' && part(el, 'summary'), 'the summary');
    await settle(el);
    expectOwnLook(el);
    expect(el.summary?.answers.length).to.be.greaterThan(10);

    // Nothing leaked out: the page's own elements look exactly as before, the page's CSS still applies
    // to them, and the widget added no stylesheet to the document.
    expect(outside.map(lookOf)).to.deep.equal(before);
    const button = getComputedStyle(page.querySelector('#page-button')!);
    expect(button.backgroundColor, "the page's .primary, not the widget's").to.equal('rgb(255, 0, 0)');
    expect(button.borderTopWidth).to.equal('9px');
    expect(button.opacity).to.equal('0.3');
    const option = getComputedStyle(page.querySelector('#page-option')!);
    expect(option.position).to.equal('fixed');
    expect(option.backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(page.querySelector('#page-heading')!).fontSize).to.equal('80px');
    // ...and as on a page where the widget's script never ran (catches CSS added when the module loads).
    expect(outside.map(paintOf)).to.deep.equal(await pristineLooks());
    expect(document.styleSheets.length).to.equal(styleSheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    expect(document.adoptedStyleSheets, 'no stylesheet adopted by the document').to.have.length(0);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length, 'only the hostile sheet').to.equal(1);
  });
});
