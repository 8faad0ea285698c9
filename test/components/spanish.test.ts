// Spanish. A journey with axe on every step; how `lang` is chosen (own attribute, ancestor,
// regional tag, unsupported value); switching at run time. The string-by-string comparison with English is in
// spanish-parity.test.ts, clinic-lang, JSON, FHIR and dates in spanish-outputs.test.ts, and the lazy chunk in
// spanish-lazy.test.ts (it needs a page where Spanish was never loaded).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { everySection } from '../fixtures/answers.js';
import { answerAll, choose, click, currentStep, mount, part, settle, shadow, type Widget } from './helpers.js';
import { addNotAnImage, answerStep, englishLeaks, renderedLocale, stepText, untilLocale } from './i18n-helpers.js';

function heading(el: Widget): string {
  return part(el, 'heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Records console.warn calls while `body` runs. */
async function withWarnings(body: (warnings: unknown[][]) => Promise<void>): Promise<void> {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}

describe('Spanish journey', () => {
  it('goes from intro to summary in Spanish with axe on every step, error states included', async function () {
    this.timeout(90_000);
    const el = await mount(html`<smp-assessment persist="none" lang="es"></smp-assessment>`);
    await untilLocale(el, 'es');
    expect(heading(el)).to.equal(es.intro.title);
    await expect(el).to.be.accessible();
    await click(el, 'start-button');
    const steps: string[] = [];
    for (let guard = 0; guard < 60 && currentStep(el) !== 'review'; guard++) {
      const step = currentStep(el);
      steps.push(step);
      await expect(el, step).to.be.accessible();
      if (step === 'photos') {
        await addNotAnImage(el);
        await expect(el, 'photos with an error').to.be.accessible();
      }
      if (step === 'notes') await answerStep(el);
      await click(el, 'continue-button');
      if (currentStep(el) === step) {
        expect(part(el, 'error-summary'), `${step}: error summary`).to.exist;
        expect(part(el, 'error-summary')!.textContent).to.contain(es.errors.title);
        await expect(el, `${step} with an error`).to.be.accessible();
        await answerStep(el);
        await click(el, 'continue-button');
      }
      expect(currentStep(el), `left ${step}`).to.not.equal(step);
    }
    expect(steps).to.include.members(['smp-history', 'artists', 'tint', 'concern-details', 'previous-removal']);
    expect(heading(el)).to.equal(es.review.title);
    await expect(el, 'review').to.be.accessible();
    await click(el, 'finish-button');
    await waitUntil(() => currentStep(el) === 'summary', 'no summary', { timeout: 5000 });
    await settle(el);
    expect(heading(el)).to.equal(es.summary.title);
    await expect(el, 'summary').to.be.accessible();
    expect(el.summary?.locale).to.equal('es');
  });
});

describe('choosing the language', () => {
  it('lang="es" on an ancestor selects Spanish', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="es">
        <section><smp-assessment persist="none"></smp-assessment></section>
      </div>`,
    );
    const el = root.querySelector<Widget>('smp-assessment')!;
    await untilLocale(el, 'es');
    expect(heading(el)).to.equal(es.intro.title);
    expect(part(el, 'start-button')!.textContent!.trim()).to.equal(es.intro.start);
  });

  it('the nearest lang wins: the element over its ancestor', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="es">
        <smp-assessment persist="none" lang="en"></smp-assessment>
      </div>`,
    );
    const el = root.querySelector<Widget>('smp-assessment')!;
    await el.updateComplete;
    await settle(el);
    expect(renderedLocale(el)).to.equal('en');
    expect(heading(el)).to.equal(en.intro.title);
  });

  it('lang="es-MX" (a regional tag, any case) selects Spanish', async () => {
    for (const tag of ['es-MX', 'ES-us', 'es-419']) {
      const el = await mount(html`<smp-assessment persist="none" lang=${tag}></smp-assessment>`);
      await untilLocale(el, 'es');
      expect(heading(el), tag).to.equal(es.intro.title);
    }
  });

  it('an unsupported lang falls back to English with exactly one console warning', async () => {
    await withWarnings(async (warnings) => {
      const el = await mount(html`<smp-assessment persist="none" lang="fr"></smp-assessment>`);
      await settle(el);
      expect(renderedLocale(el)).to.equal('en');
      expect(heading(el)).to.equal(en.intro.title);
      // Re-renders do not warn again.
      await click(el, 'start-button');
      await choose(el, 'smp-last-session', 'not-sure');
      await click(el, 'continue-button');
      await settle(el);
      expect(warnings, 'console.warn calls').to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('fr');
    });
  });

  it('an unsupported lang on an ancestor also falls back to English with one warning', async () => {
    await withWarnings(async (warnings) => {
      const root = await fixture<HTMLElement>(
        html`<div lang="fr"><smp-assessment persist="none"></smp-assessment></div>`,
      );
      const el = root.querySelector<Widget>('smp-assessment')!;
      await settle(el);
      expect(renderedLocale(el)).to.equal('en');
      await click(el, 'start-button');
      expect(warnings, 'console.warn calls').to.have.length(1);
    });
  });
});

describe('switching lang at run time', () => {
  it('re-renders question 3 in Spanish in place, keeping the answers and the step, and back to English', async () => {
    const el = await mount(html`<smp-assessment persist="none"></smp-assessment>`);
    const stepEvents: string[] = [];
    el.addEventListener('smp-step', (e) => stepEvents.push(e.detail.step));
    await click(el, 'start-button');
    for (let i = 0; i < 2; i++) {
      await answerStep(el);
      await click(el, 'continue-button');
    }
    expect(currentStep(el)).to.equal('smp-areas');
    await choose(el, 'smp-areas', ['hairline', 'crown']);
    const answers = el.answers;
    expect(Object.keys(answers)).to.have.length(5);
    const progressEn = part(el, 'progress')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(progressEn).to.equal(`${en.nav.part(1, 5)} \u00b7 ${en.nav.parts['your-smp']}`);
    const eventsBefore = stepEvents.length;

    el.lang = 'es';
    await untilLocale(el, 'es');
    expect(currentStep(el)).to.equal('smp-areas');
    expect(el.answers).to.deep.equal(answers);
    expect(heading(el)).to.equal(es.choices['smp-areas'].label);
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="smp-areas"]:checked')];
    expect(checked.map((i) => i.value)).to.deep.equal(['hairline', 'crown']);
    const progressEs = part(el, 'progress')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(progressEs).to.equal(`${es.nav.part(1, 5)} \u00b7 ${es.nav.parts['your-smp']}`);
    expect(englishLeaks(stepText(el)), 'English left on the step').to.deep.equal([]);
    expect(stepEvents.length, 'a language change is not a step change').to.equal(eventsBefore);

    // The flow goes on in Spanish.
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('smp-original-reason');
    expect(heading(el)).to.equal(es.choices['smp-original-reason'].label);

    el.setAttribute('lang', 'en');
    await untilLocale(el, 'en');
    expect(currentStep(el)).to.equal('smp-original-reason');
    expect(heading(el)).to.equal(en.choices['smp-original-reason'].label);
    expect(el.answers).to.deep.equal(answers);

    el.setAttribute('lang', 'es');
    await untilLocale(el, 'es');
    el.removeAttribute('lang');
    await untilLocale(el, 'en');
    expect(currentStep(el)).to.equal('smp-original-reason');
  });

  it('follows a change of the ancestor lang (a site language switcher)', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="en"><smp-assessment persist="none"></smp-assessment></div>`,
    );
    const el = root.querySelector<Widget>('smp-assessment')!;
    // fixture() waits for the <div> only: the widget's first render comes a task later.
    await settle(el);
    await click(el, 'start-button');
    await answerStep(el);
    await click(el, 'continue-button');
    const answers = el.answers;
    root.lang = 'es';
    await untilLocale(el, 'es');
    expect(currentStep(el)).to.equal('artists');
    expect(heading(el)).to.equal(es.groups.artists.heading);
    expect(el.answers).to.deep.equal(answers);
    root.setAttribute('lang', 'en-US');
    await untilLocale(el, 'en');
    expect(heading(el)).to.equal(en.groups.artists.heading);
  });

  it('on the review and on the summary, the whole screen switches', async function () {
    this.timeout(30_000);
    const el = await mount(html`<smp-assessment persist="none" lang="en"></smp-assessment>`);
    await click(el, 'start-button');
    await answerAll(el, everySection);
    el.lang = 'es';
    await untilLocale(el, 'es');
    expect(currentStep(el)).to.equal('review');
    expect(heading(el)).to.equal(es.review.title);
    expect(englishLeaks(stepText(el)), 'English left on the review').to.deep.equal([]);

    await click(el, 'finish-button');
    await waitUntil(() => currentStep(el) === 'summary', 'no summary', { timeout: 5000 });
    await settle(el);
    const reference = el.summary!.reference;
    el.lang = 'en';
    await untilLocale(el, 'en');
    await waitUntil(() => el.summary?.locale === 'en', 'the summary stayed in Spanish', { timeout: 3000 });
    await settle(el);
    expect(currentStep(el)).to.equal('summary');
    expect(heading(el)).to.equal(en.summary.title);
    expect(stepText(el), 'Spanish labels left on the English summary').to.not.contain(
      es.choices.goal.options['fade-for-redo'],
    );
    expect(stepText(el)).to.contain(en.choices.goal.options['fade-for-redo']);
    expect(el.summary!.reference, 'same reference').to.equal(reference);

    el.lang = 'es';
    await untilLocale(el, 'es');
    await waitUntil(() => el.summary?.locale === 'es', 'the summary stayed in English', { timeout: 3000 });
    await settle(el);
    expect(englishLeaks(stepText(el)), 'English left on the summary').to.deep.equal([]);
    expect(stepText(el)).to.contain(es.choices.goal.options['fade-for-redo']);
  });
});
