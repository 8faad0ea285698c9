// Loading the script twice is harmless (a partner's plugin and the page may both load it); two widgets on a page
// are independent.
import { expect, fixture, html } from '@open-wc/testing';
import { PAGES, closeFrames, fullJourney, openFrame, requireBuilt, until } from './frame.js';
import { clearStorage, click, currentStep, part, settle, shadow, stepQuestionIds, type Widget } from './helpers.js';

const isLitDevBanner = (message: string) => message.includes('Lit is in dev mode');

/** Console output captured while `run` runs, on this page. */
async function capturingConsole(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => void seen.push(`error: ${args.join(' ')}`);
  console.warn = (...args: unknown[]) => void seen.push(`warn: ${args.join(' ')}`);
  const onError = (e: ErrorEvent) => void seen.push(`uncaught: ${e.message}`);
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    Object.assign(console, original);
    window.removeEventListener('error', onError);
  }
  return seen;
}

describe('the script loaded twice', () => {
  afterEach(closeFrames);

  it('evaluating src/index.ts again (another URL) defines nothing, logs nothing, and the element still works', async () => {
    const defined = customElements.get('smp-assessment');
    expect(defined).to.exist;
    const url = new URL(`../../src/index.ts?v=${Date.now()}`, import.meta.url).href;
    let second: { SmpAssessment?: unknown } = {};
    const logs = await capturingConsole(async () => {
      second = (await import(url)) as { SmpAssessment?: unknown };
    });
    expect(second.SmpAssessment, 'the module really evaluated and exported').to.equal(defined);
    expect(logs).to.deep.equal([]);
    expect(customElements.get('smp-assessment')).to.equal(defined);
    const el = await fixture<Widget>(html`<smp-assessment persist="none"></smp-assessment>`);
    await click(el, 'start-button');
    expect(currentStep(el)).to.equal('smp-history');
  });

  for (const variant of ['src', 'bundle'] as const) {
    it(`${variant}: two <script type="module"> tags on one page: the first wins, silently, and the journey completes`, async function () {
      this.timeout(30_000);
      if (variant === 'bundle') await requireBuilt(this, '/dist/smp-assessment.bundle.js', 'bundle variant skipped');
      const frame = await openFrame(`${PAGES}twice-${variant}.html`);
      const twice = await until(
        () =>
          (
            frame.win as unknown as {
              __twice?: { sources: string[]; distinctClasses: number; definedByFirst: boolean };
            }
          ).__twice,
        'the twice.ts report',
      );
      expect(twice.sources).to.have.length(2);
      // The bundle loaded twice is two copies of Lit and two SmpAssessment classes: a real second version.
      expect(twice.distinctClasses).to.equal(variant === 'bundle' ? 2 : 1);
      expect(twice.definedByFirst).to.be.true;

      await fullJourney(frame, { spanishAfter: 'goal' });
      expect(frame.el.summary?.locale).to.equal('es');
      expect(frame.probe.errors).to.deep.equal([]);
      expect(frame.probe.warnings.filter((w) => !isLitDevBanner(w))).to.deep.equal([]);
      expect(frame.probe.violations).to.deep.equal([]);
    });
  }
});

describe('two widgets on one page', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  const A = { 'smp-last-session': '1-3-years', 'skin-type': 'II' };
  const B = { 'smp-last-session': 'over-5-years', 'skin-type': 'V' };

  function radio(el: Widget, name: string, value: string): HTMLInputElement {
    return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  }

  async function pick(el: Widget, name: string, value: string): Promise<void> {
    radio(el, name, value).click();
    await el.updateComplete;
  }

  it('with different storage keys: answers, radio groups, drafts, events and completion stay separate', async function () {
    this.timeout(30_000);
    const page = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment storage-key="clinic-a"></smp-assessment>
        <smp-assessment storage-key="clinic-b" lang="es"></smp-assessment>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll('smp-assessment')] as [Widget, Widget];
    await settle(a);
    await settle(b);
    const events = { a: [] as string[], b: [] as string[] };
    for (const [key, el] of [
      ['a', a],
      ['b', b],
    ] as const) {
      el.addEventListener('smp-step', (e) => events[key].push(e.detail.step));
      el.addEventListener('smp-complete', () => events[key].push('complete'));
    }

    await click(a, 'start-button');
    await click(b, 'start-button');
    // Same question, same input names in both shadow roots: ticking one never unticks the other.
    await pick(a, 'smp-last-session', A['smp-last-session']);
    await pick(b, 'smp-last-session', B['smp-last-session']);
    expect(radio(a, 'smp-last-session', A['smp-last-session']).checked).to.be.true;
    expect(radio(b, 'smp-last-session', B['smp-last-session']).checked).to.be.true;
    expect(radio(a, 'smp-last-session', B['smp-last-session']).checked).to.be.false;
    expect(a.answers['smp-last-session']).to.equal(A['smp-last-session']);
    expect(b.answers['smp-last-session']).to.equal(B['smp-last-session']);

    // Separate drafts, under each storage key.
    await pick(a, 'smp-sessions', '1-2');
    await click(a, 'continue-button');
    const draftA = localStorage.getItem('smp-assessment:clinic-a');
    const draftB = localStorage.getItem('smp-assessment:clinic-b');
    expect(draftA, 'the draft of clinic-a').to.be.a('string');
    expect(draftB, 'the draft of clinic-b').to.be.a('string');
    expect(draftA).to.include(A['smp-last-session']).and.not.include(B['smp-last-session']);
    expect(draftB).to.include(B['smp-last-session']).and.not.include(A['smp-last-session']);
    expect(currentStep(a)).to.equal('artists');
    expect(currentStep(b), 'b did not move').to.equal('smp-history');

    // Interleave the two journeys, step by step, each with its own answers.
    const answer = async (el: Widget, own: Record<string, string>) => {
      const step = currentStep(el);
      if (step === 'review') return;
      // Each question of the step (grouped and revealed ones read from the definition), parent first.
      for (const id of stepQuestionIds(step)) {
        const first = shadow(el).querySelector<HTMLInputElement>(`input[name="${id}"]`);
        if (id in own) await pick(el, id, own[id]!);
        else if (id === 'concerns') await pick(el, 'concerns', 'helmet-look');
        else if (id === 'tint-colour') await pick(el, 'tint-colour', 'blue');
        else if (id === 'tint-onset') await pick(el, 'tint-onset', 'over-time');
        else if (first && !shadow(el).querySelector(`input[name="${id}"]:checked`)) {
          await pick(el, first.name, first.value);
        }
      }
      await click(el, 'continue-button');
      if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
    };
    for (let guard = 0; guard < 40 && (currentStep(a) !== 'review' || currentStep(b) !== 'review'); guard++) {
      await answer(a, A);
      await answer(b, B);
    }
    expect(a.answers['skin-type']).to.equal('II');
    expect(b.answers['skin-type']).to.equal('V');

    // Resetting one leaves the other, its draft included.
    await click(a, 'finish-button');
    await until(() => currentStep(a) === 'summary' && a.summary, 'a summary');
    expect(currentStep(b)).to.equal('review');
    expect(b.summary).to.equal(null);
    expect(events.a.filter((e) => e === 'complete')).to.have.length(1);
    expect(events.b).not.to.include('complete');

    await click(b, 'finish-button');
    await until(() => currentStep(b) === 'summary' && b.summary, 'b summary');
    expect(a.summary!.locale).to.equal('en');
    expect(b.summary!.locale).to.equal('es');
    expect(a.summary!.answers.find((x) => x.id === 'skin-type')?.codes).to.deep.equal(['II']);
    expect(b.summary!.answers.find((x) => x.id === 'skin-type')?.codes).to.deep.equal(['V']);
    expect(a.summary!.reference).not.to.equal(b.summary!.reference);
    expect(events.a.slice(-2)).to.deep.equal(['summary', 'complete']);
    expect(events.b.filter((e) => e === 'complete')).to.have.length(1);

    a.reset();
    await settle(a);
    expect(localStorage.getItem('smp-assessment:clinic-a')).to.equal(null);
    expect(localStorage.getItem('smp-assessment:clinic-b')).to.include('"V"');
    expect(currentStep(b)).to.equal('summary');
    expect(part(b, 'summary')!.textContent, 'b still shows its own summary').to.include(b.summary!.reference);
  });

  it('after a reload each resumes its own draft', async () => {
    const first = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment storage-key="clinic-a"></smp-assessment>
        <smp-assessment storage-key="clinic-b"></smp-assessment>
      </div>`,
    );
    const [a, b] = [...first.querySelectorAll('smp-assessment')] as [Widget, Widget];
    await settle(a);
    await click(a, 'start-button');
    await pick(a, 'smp-last-session', A['smp-last-session']);
    await click(b, 'start-button');
    await pick(b, 'smp-last-session', B['smp-last-session']);
    first.remove();

    const again = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment storage-key="clinic-b"></smp-assessment>
        <smp-assessment storage-key="clinic-a"></smp-assessment>
      </div>`,
    );
    const [b2, a2] = [...again.querySelectorAll('smp-assessment')] as [Widget, Widget];
    await settle(a2);
    await click(a2, 'resume-button');
    await click(b2, 'resume-button');
    expect(a2.answers).to.deep.equal({ 'smp-last-session': A['smp-last-session'] });
    expect(b2.answers).to.deep.equal({ 'smp-last-session': B['smp-last-session'] });
    expect(radio(a2, 'smp-last-session', A['smp-last-session']).checked).to.be.true;
    expect(radio(b2, 'smp-last-session', B['smp-last-session']).checked).to.be.true;
  });
});
