// Pictures where words fail: tint colours as chips, dot appearances as diagrams, SMP areas on a head map, skin types as
// swatches, concerns as drawings. Each is decorative (the words carry the meaning), so hidden from assistive
// technology, and sits at the inline end of its option so the words keep one column.
import { expect, fixture, html } from '@open-wc/testing';
import { getQuestion, isChoice } from '../../src/model/definition.js';
import { everything } from '../fixtures/answers.js';
import { loadPictures } from '../../src/components/views/pictures.js';
import { click, currentStep, part, settle, shadow, type Widget } from './helpers.js';
import { closeFrames, openFrame, PAGES, requireBuilt, until, type Frame } from './frame.js';

const PICTURED: Record<string, string[]> = {
  'smp-areas': ['hairline', 'temples', 'top', 'crown', 'sides-back', 'scar'],
  'tint-colour': ['blue', 'green', 'grey'],
  'dots-appearance': ['too-large', 'merging', 'blurry'],
  'skin-type': ['I', 'II', 'III', 'IV', 'V', 'VI'],
};

describe('pictures where words fail', () => {
  it('every pictured option has a hidden drawing after its words, in a column of its own', async () => {
    const el = await fixture<Widget>(html`<smp-assessment persist="none"></smp-assessment>`);
    el.answers = everything;
    await settle(el);
    await click(el, 'start-button');
    // The pictures are a lazy chunk asked for after the first question (views/pictures.ts): here they have arrived.
    await loadPictures();
    await settle(el);
    const seen = new Set<string>();
    for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
      for (const [questionId, codes] of Object.entries(PICTURED)) {
        const question = getQuestion(questionId)!;
        if (!isChoice(question) || !shadow(el).querySelector(`input[name="${questionId}"]`)) continue;
        seen.add(questionId);
        const lefts = new Set<number>();
        for (const code of question.options) {
          const label = shadow(el).querySelector(
            `label[for$="${questionId}-${code}"], input[name="${questionId}"][value="${code}"] + label`,
          )!;
          const svg = label.querySelector('svg');
          expect(!!svg, `${questionId}=${code} has a picture`).to.equal(codes.includes(code));
          const text = label.querySelector<HTMLElement>('.option-text')!;
          lefts.add(Math.round(text.getBoundingClientRect().left));
          if (!svg) continue;
          expect(svg.getAttribute('aria-hidden'), `${questionId}=${code}`).to.equal('true');
          expect(svg.getBoundingClientRect().left).to.be.greaterThan(text.getBoundingClientRect().left);
        }
        expect([...lefts], `${questionId}: the words start at one x`).to.have.length(1);
      }
      await click(el, 'continue-button');
    }
    expect([...seen].sort()).to.deep.equal(Object.keys(PICTURED).sort());
  });
});

/** Every option picture the journey shows, by `question=code`, as its elements and sorted attributes. */
async function picturesOf({ el }: Frame): Promise<Map<string, string>> {
  const drawing = (node: Element): string =>
    `<${node.localName} ${[...node.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ')}>${[...node.children].map(drawing).join('')}</${node.localName}>`;
  el.answers = everything;
  await settle(el);
  await click(el, part(el, 'restart-button') ? 'restart-button' : 'start-button');
  const seen = new Map<string, string>();
  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    await click(el, 'continue-button');
    // The pictures are a lazy chunk: a pictured step may show before it arrives, and is drawn again with them.
    if ([...Object.keys(PICTURED), 'concerns'].some((id) => shadow(el).querySelector(`input[name="${id}"]`))) {
      await until(() => shadow(el).querySelector('label svg'), `the pictures on ${currentStep(el)}`);
    }
    for (const svg of shadow(el).querySelectorAll('label svg')) {
      const input = svg.closest('.option')!.querySelector('input')!;
      seen.set(`${input.name}=${input.value}`, drawing(svg));
    }
  }
  return seen;
}

describe('pictures in the built bundle', () => {
  afterEach(closeFrames);

  // The bundle's templates go through an HTML minifier; one that dropped the "/" of <path ... /> nested every shape
  // after the first inside it, where SVG draws nothing: the tint's dots and the heads' faces were missing.
  it('draws every shape the source draws, none nested in another', async function () {
    await requireBuilt(this, '/dist/smp-assessment.bundle.js');
    const fromSource = await picturesOf(await openFrame(`${PAGES}src.html`));
    closeFrames();
    const fromBundle = await picturesOf(await openFrame(`${PAGES}bundle.html`));
    expect(fromSource.size, 'pictures seen on the journey').to.be.greaterThan(10);
    for (const [option, drawing] of fromSource) {
      expect(fromBundle.get(option), option).to.equal(drawing);
      expect(drawing, option).not.to.match(/<(path|circle|ellipse|rect|line)\b[^>]*><[a-z]/);
    }
  });
});
