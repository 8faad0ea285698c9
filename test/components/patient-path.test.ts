// The patient's path: one primary button size and place from Start to Send, Back as a link at the top
// left, the intro as an invitation and a resume that says how far the patient got, the "or" before an exclusive
// "None of these", unchecked controls drawn as outlines, the error summary announced once with per-question
// messages as its links, the character count said after a pause, and a summary without region landmarks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { minimalComplete } from '../fixtures/answers.js';
import { closeFrames, openFrame, PAGES, type Frame } from './frame.js';
import {
  answerStep,
  clearStorage,
  click,
  currentStep,
  mount,
  part,
  settle,
  shadow,
  type,
  type Widget,
} from './helpers.js';
import { answerUntil, finish, mountLocal } from './flow.js';

/** A fresh widget in a frame of the given width (the frame's width is its page's viewport in every engine). */
async function widgetAt(width: number, inForm: boolean): Promise<{ frame: Frame; el: Widget }> {
  const frame = await openFrame(`${PAGES}src.html`, { width, height: 900 });
  frame.doc.querySelectorAll('smp-assessment').forEach((old) => old.remove());
  const el = frame.doc.createElement('smp-assessment') as Widget;
  el.setAttribute('persist', 'none');
  if (inForm) {
    el.setAttribute('name', 'assessment');
    const form = frame.doc.createElement('form');
    form.innerHTML = '<button type="submit">Send my request</button>';
    form.prepend(el);
    frame.doc.querySelector('main')!.append(form);
  } else {
    frame.doc.querySelector('main')!.append(el);
  }
  await settle(el);
  return { frame, el };
}

interface Placed {
  readonly step: string;
  readonly left: number;
  readonly width: number;
  readonly height: number;
  /** The rule that sizes it: min-height, padding, font size and weight, border. */
  readonly size: string;
  /** The left edge and width of the content box of the button's row or panel, which the button is compared with. */
  readonly contentLeft: number;
  readonly contentWidth: number;
}

/** Where the one primary button of this screen sits (Start, Continue, Finish, or the summary's send-button). */
function placePrimary(el: Widget): Placed {
  const primaries = [...shadow(el).querySelectorAll<HTMLElement>('.primary')];
  expect(primaries.length, `one primary button on ${currentStep(el)}`).to.equal(1);
  const button = primaries[0]!;
  const rect = button.getBoundingClientRect();
  const parent = button.parentElement!;
  const box = parent.getBoundingClientRect();
  const style = getComputedStyle(parent);
  const own = getComputedStyle(button);
  const size = [
    own.minHeight,
    own.paddingTop,
    own.paddingBottom,
    own.fontSize,
    own.fontWeight,
    own.borderTopWidth,
  ].join(' ');
  const inset = (side: 'Left' | 'Right') =>
    parseFloat(style[`padding${side}`]) + parseFloat(style[`border${side}Width`]);
  return {
    step: currentStep(el),
    left: rect.left,
    width: rect.width,
    height: rect.height,
    size,
    contentLeft: box.left + inset('Left'),
    contentWidth: box.width - inset('Left') - inset('Right'),
  };
}

/** Walks intro → every question → review → summary, collecting the primary button's place on each screen. */
async function walk(el: Widget): Promise<Placed[]> {
  const placed = [placePrimary(el)];
  await click(el, 'start-button');
  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    placed.push(placePrimary(el));
    const back = part(el, 'back-button')!;
    const heading = part(el, 'heading')!;
    expect(back.getBoundingClientRect().bottom, `Back above the heading on ${currentStep(el)}`).to.be.at.most(
      heading.getBoundingClientRect().top,
    );
    expect(back.closest('[part~="nav"]'), 'Back is not in the row of buttons').to.equal(null);
    const step = currentStep(el);
    await answerStep(el, minimalComplete);
    await click(el, 'continue-button');
    if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
  }
  placed.push(placePrimary(el));
  await finish(el);
  placed.push(placePrimary(el));
  return placed;
}

describe('one primary button from Start to Send', function () {
  this.timeout(120_000);
  afterEach(closeFrames);

  it('on a 375 px phone: full width, the same height, Back at the top left', async () => {
    const { el } = await widgetAt(375, true);
    const placed = await walk(el);
    expect(placed.map((p) => p.step)).to.include.members(['intro', 'smp-history', 'review', 'summary']);
    for (const p of placed) {
      expect(Math.abs(p.left - p.contentLeft), `${p.step}: starts at the content's left`).to.be.below(1.5);
      expect(
        Math.abs(p.width - p.contentWidth),
        `${p.step}: spans the content (${p.width} of ${p.contentWidth})`,
      ).to.be.below(1.5);
      expect(p.height, `${p.step}: at least 48 px tall`).to.be.at.least(47.5);
    }
    // One size rule everywhere; a label that wraps (WebKit's font sets the review's on two lines at 375 px) is taller.
    expect([...new Set(placed.map((p) => p.size))], 'one size everywhere').to.have.length(1);
  });

  it('on a 1280 px desktop: left-aligned, not stretched, the same height everywhere', async () => {
    const { el } = await widgetAt(1280, true);
    const placed = await walk(el);
    for (const p of placed) {
      expect(Math.abs(p.left - p.contentLeft), `${p.step}: left-aligned`).to.be.below(1.5);
      expect(p.width, `${p.step}: not stretched`).to.be.below(p.contentWidth - 40);
    }
    const heights = new Set(placed.map((p) => Math.round(p.height)));
    expect([...heights], 'one height everywhere').to.have.length(1);
    expect([...new Set(placed.map((p) => p.size))], 'one size everywhere').to.have.length(1);
  });
});

describe('the intro invites, and the resume says how far the patient got', () => {
  afterEach(clearStorage);

  for (const [lang, m] of [
    ['en', en],
    ['es', es],
  ] as const) {
    it(`${lang}: what they get, five short parts, nothing sent until they choose, "not sure" is fine`, async () => {
      const el = await fixture<Widget>(html`<smp-assessment persist="none" lang=${lang}></smp-assessment>`);
      await waitUntil(() => part(el, 'heading')?.textContent?.trim() === m.intro.title, 'the intro in its language');
      const text = shadow(el).querySelector('[part="step"]')!.textContent!.replace(/\s+/g, ' ');
      expect(m.intro.title).to.equal(lang === 'en' ? 'Tell us about your SMP' : 'Cuéntenos sobre su SMP');
      expect(text).to.contain(m.intro.lead(null));
      for (const point of m.intro.points) expect(text).to.contain(point);
      expect(text).to.contain(m.intro.privacy);
      // The option the patient will see, quoted as it is worded on the questions.
      expect(m.intro.points.join(' ')).to.contain(m.choices['smp-sessions'].options['not-sure']);
      expect(m.intro.points.join(' ')).to.contain('5');
    });
  }

  it('a draft on a part-3 step: "You got to part 3 of 5"', async () => {
    localStorage.setItem(
      'smp-assessment:resume-part',
      JSON.stringify({ v: 1, savedAt: Date.now(), step: 'goal', answers: minimalComplete, fromReview: false }),
    );
    const el = await mountLocal('resume-part');
    expect(part(el, 'resume-button')).to.exist;
    expect(shadow(el).querySelector('.lead')!.textContent).to.contain('You got to part 3 of 5.');
  });

  it('a draft on the review: every question answered', async () => {
    localStorage.setItem(
      'smp-assessment:resume-review',
      JSON.stringify({ v: 1, savedAt: Date.now(), step: 'review', answers: minimalComplete, fromReview: false }),
    );
    const el = await mountLocal('resume-review', 'lang="es"');
    await waitUntil(() => part(el, 'heading')?.textContent?.trim() === es.intro.resumeTitle, 'Spanish resume');
    expect(shadow(el).querySelector('.lead')!.textContent).to.contain(es.intro.resumeLead(null, 5));
  });
});

describe('"None of these" set apart by "or"', function () {
  this.timeout(60_000);

  for (const step of ['medicines', 'health'] as const) {
    it(`${step}: an "or" divider just before "None of these", as text, not a control`, async () => {
      const el = await mount();
      await click(el, 'start-button');
      await answerUntil(el, minimalComplete, step);
      const dividers = shadow(el).querySelectorAll<HTMLElement>('.options-divider');
      expect(dividers).to.have.length(1);
      const divider = dividers[0]!;
      expect(divider.textContent!.trim()).to.equal(en.nav.or);
      const next = divider.nextElementSibling!;
      expect(next.querySelector<HTMLInputElement>('input')!.value).to.equal('none');
      expect(divider.previousElementSibling!.querySelector('input')!.value).to.not.equal('none');
      // Read in browse mode between the options, skipped by Tab: no role, no tabindex, no control inside.
      expect(divider.tabIndex).to.equal(-1);
      expect(divider.getAttribute('role')).to.equal(null);
      expect(divider.getAttribute('aria-hidden')).to.equal(null);
      expect(divider.querySelector('input, button, a')).to.equal(null);
      // Laid out between the two options, not beside them.
      const above = divider.previousElementSibling!.getBoundingClientRect();
      const below = next.getBoundingClientRect();
      const own = divider.getBoundingClientRect();
      expect(own.top).to.be.at.least(above.bottom - 0.5);
      expect(own.bottom).to.be.at.most(below.top + 0.5);
      await expect(el).to.be.accessible();
    });
  }

  it('no divider on a list without an exclusive answer', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'concerns');
    expect(shadow(el).querySelector('.options-divider')).to.equal(null);
  });
});

describe('unchecked controls are outlines, in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: an unchecked radio and checkbox have no fill and a visible border; a checked one stays native`, async () => {
      const el = await fixture<Widget>(html`<smp-assessment persist="none" theme=${theme}></smp-assessment>`);
      await settle(el);
      await click(el, 'start-button');
      await answerUntil(el, minimalComplete, 'smp-areas');
      const box = shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      let style = getComputedStyle(box);
      expect(style.appearance).to.equal('none');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
      expect(style.borderTopColor).to.equal(getComputedStyle(shadow(el).querySelector('.frame')!).color);
      box.click();
      await settle(el);
      style = getComputedStyle(box);
      expect(style.appearance).to.not.equal('none');
      await click(el, 'continue-button');
      const radio = shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!;
      expect(getComputedStyle(radio).appearance).to.equal('none');
      expect(getComputedStyle(radio).borderTopLeftRadius).to.equal('50%');
    });
  }
});

describe('the error summary', function () {
  this.timeout(60_000);

  for (const [lang, m] of [
    ['en', en],
    ['es', es],
  ] as const) {
    it(`${lang}: announced once (focus, no alert), an h2, each link the question's own message, 44 px tall`, async () => {
      const el = await fixture<Widget>(html`<smp-assessment persist="none" lang=${lang}></smp-assessment>`);
      await waitUntil(() => part(el, 'heading')?.textContent?.trim() === m.intro.title, 'the intro in its language');
      await click(el, 'start-button');
      await click(el, 'continue-button');
      const summary = part(el, 'error-summary')!;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(summary.getAttribute('role')).to.equal(null);
      expect(summary.closest('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
      expect(summary.querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
      const title = summary.querySelector(`#${summary.getAttribute('aria-labelledby')}`)!;
      expect(title.tagName).to.equal('H2');
      const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        m.errors.required['smp-last-session'],
        m.errors.required['smp-sessions'],
      ]);
      for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
      const inline = shadow(el).querySelector('#smp-last-session-error')!;
      expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `${m.errors.prefix} ${m.errors.required['smp-last-session']}`,
      );
      expect(inline.querySelector('.visually-hidden')!.textContent).to.equal(`${m.errors.prefix} `);
    });
  }
});

describe('the character count', function () {
  this.timeout(30_000);

  it('is not a live region; a hidden polite line says the count after a pause, only near or over the limit', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'notes');
    const visible = shadow(el).querySelector<HTMLElement>('#notes-count')!;
    expect(visible.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    const status = shadow(el).querySelector<HTMLElement>('.count-status')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent!.trim()).to.equal('');
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const text = status.textContent!.trim();
      if (text) said.push(text);
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    try {
      // Far from the limit: keystrokes, then one near it. Only the pause after the last is said.
      for (const text of ['h', 'he', 'hello', 'hello there']) await type(el, 'notes', text);
      const near = 'x'.repeat(800);
      await type(el, 'notes', near);
      await waitUntil(() => said.length > 0, 'the count said after the pause', { timeout: 5000 });
      expect(said).to.deep.equal([en.nav.charactersLeft(200)]);
      await type(el, 'notes', 'x'.repeat(1003));
      await waitUntil(() => said.length > 1, 'the count over the limit', { timeout: 5000 });
      expect(said).to.deep.equal([en.nav.charactersLeft(200), en.nav.charactersTooMany(3)]);
    } finally {
      observer.disconnect();
    }
  });
});

describe('the summary adds no landmarks to the host page', function () {
  this.timeout(60_000);

  it('its sections have no name, so none is a region landmark', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'review');
    await finish(el);
    const sections = [...shadow(el).querySelectorAll('section')];
    expect(sections.length).to.be.at.least(3);
    for (const section of sections) {
      expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label')).to.equal(false);
    }
    expect(shadow(el).querySelectorAll('[role="region"]')).to.have.length(0);
  });
});
