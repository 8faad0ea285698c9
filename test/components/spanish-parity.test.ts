// A Spanish-speaking patient meets no English word. Two widgets, one English and one Spanish, walk
// every step in lockstep with the same answers (every concern ticked so every follow-up shows, a laser
// removal so its follow-up shows, error states, the review and the summary); at each step every visible
// string of the Spanish widget must differ from all of the English widget's, and no English message may
// appear in the Spanish shadow root. The words that never appear are checked on every step too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SmpCompleteEvent } from '../../src/events.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { everySection } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, part, settle, type, type Widget } from './helpers.js';
import {
  addNotAnImage,
  answerStep,
  englishLeaks,
  englishLeaves,
  forbiddenWords,
  isNeutral,
  stepText,
  untilLocale,
  visibleStrings,
} from './i18n-helpers.js';

const LEAVES = englishLeaves();

interface Pair {
  readonly en: Widget;
  readonly es: Widget;
}

async function mountPair(): Promise<Pair> {
  const root = await fixture<HTMLElement>(
    html`<div>
      <smp-assessment id="en-widget" persist="none" lang="en" required></smp-assessment>
      <smp-assessment id="es-widget" persist="none" lang="es" clinic-lang="es" required></smp-assessment>
    </div>`,
  );
  const pair = {
    en: root.querySelector<Widget>('#en-widget')!,
    es: root.querySelector<Widget>('#es-widget')!,
  };
  await untilLocale(pair.en, 'en');
  await untilLocale(pair.es, 'es');
  return pair;
}

/** Fails with the list of Spanish strings equal to an English one, English leaks and forbidden words. */
function compare(pair: Pair, label: string): void {
  const english = new Set(visibleStrings(pair.en));
  const spanish = visibleStrings(pair.es);
  expect(spanish.length, `${label}: the Spanish step shows text`).to.be.greaterThan(0);
  const same = spanish.filter((text) => !isNeutral(text) && english.has(text));
  expect(same, `${label}: Spanish strings equal to their English counterpart`).to.deep.equal([]);
  const spanishText = stepText(pair.es);
  expect(englishLeaks(spanishText, LEAVES), `${label}: English messages in the Spanish step`).to.deep.equal([]);
  expect(forbiddenWords(spanishText), `${label}: forbidden words (es)`).to.deep.equal([]);
  expect(forbiddenWords(stepText(pair.en)), `${label}: forbidden words (en)`).to.deep.equal([]);
}

async function both(pair: Pair, action: (el: Widget) => Promise<void>): Promise<void> {
  await action(pair.en);
  await action(pair.es);
}

/** Every message as [path, text]: strings, and message functions called with typical arguments. */
function messageLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const calls: unknown[][] = [
      [null],
      ['Lakeshore Laser'],
      [0],
      [1],
      [3, 17],
      ['single'],
      ['multiple'],
      ['text', 500],
    ];
    return calls.flatMap((args) => {
      const result = fn(...args);
      return typeof result === 'string' ? [[`${path}(${args.join(', ')})`, result] as [string, string]] : [];
    });
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => messageLeaves(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('Spanish: every visible string differs from English', () => {
  it('every Spanish message, shown or not on a walk, differs from the English one (brands and codes aside)', () => {
    const english = new Map(messageLeaves(en));
    const spanish = messageLeaves(es);
    // The same messages, whatever their order (English is joined from two files, so its keys come in another order).
    expect(spanish.map(([path]) => path).sort()).to.deep.equal([...english.keys()].sort());
    const same = spanish.filter(([path, text]) => path !== 'locale' && !isNeutral(text) && english.get(path) === text);
    expect(same.map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
    const leaks = spanish.flatMap(([path, text]) => englishLeaks(text, LEAVES).map((leak) => `${path}: ${leak}`));
    expect(leaks, 'English fragments inside Spanish messages').to.deep.equal([]);
    const forbidden = spanish.flatMap(([path, text]) => forbiddenWords(text).map((word) => `${path}: ${word}`));
    expect(forbidden, 'forbidden words in es.ts').to.deep.equal([]);
    const forbiddenEn = [...english].flatMap(([path, text]) => forbiddenWords(text).map((word) => `${path}: ${word}`));
    expect(forbiddenEn, 'forbidden words in en.ts').to.deep.equal([]);
  });

  beforeEach(clearStorage);

  it('walks every step, error states, the review and the summary without an English string', async function () {
    this.timeout(60_000);
    const pair = await mountPair();
    const completes: Record<'en' | 'es', SmpCompleteEvent['detail'] | null> = { en: null, es: null };
    pair.en.addEventListener('smp-complete', (e) => (completes.en = e.detail));
    pair.es.addEventListener('smp-complete', (e) => (completes.es = e.detail));

    compare(pair, 'intro');
    // The form validity message is part of what a patient sees (the browser shows it on submit).
    expect(pair.es.validationMessage).to.equal(es.errors.formIncomplete);
    expect(pair.en.validationMessage).to.equal(en.errors.formIncomplete);

    await both(pair, (el) => click(el, 'start-button'));
    const visited: string[] = [];
    for (let guard = 0; guard < 60 && currentStep(pair.es) !== 'summary'; guard++) {
      const step = currentStep(pair.es);
      expect(currentStep(pair.en), 'both widgets on the same step').to.equal(step);
      visited.push(step);
      compare(pair, step);
      if (step === 'review') {
        await both(pair, (el) => click(el, 'finish-button'));
        await waitUntil(() => completes.en && completes.es, 'smp-complete never fired', { timeout: 5000 });
        await both(pair, settle);
        continue;
      }
      if (step === 'photos') {
        await both(pair, addNotAnImage);
        compare(pair, 'photos with an error');
      }
      if (step === 'notes') {
        await both(pair, (el) => answerStep(el));
        compare(pair, 'notes answered');
      }
      await both(pair, (el) => click(el, 'continue-button'));
      if (currentStep(pair.es) !== step) continue;
      // A required step continued empty: the error summary and inline errors show.
      expect(part(pair.es, 'error-summary'), `${step}: error summary`).to.exist;
      compare(pair, `${step} with an error`);
      if (step === 'concern-details') {
        await both(pair, (el) => type(el, 'concern-details', 'x'.repeat(501)));
        compare(pair, 'concern-details too long (counter)');
        await both(pair, (el) => click(el, 'continue-button'));
        compare(pair, 'concern-details too long (error)');
      }
      await both(pair, (el) => answerStep(el));
      compare(pair, `${step} answered`);
      await both(pair, (el) => click(el, 'continue-button'));
      expect(currentStep(pair.es), `left ${step}`).to.not.equal(step);
    }
    expect(currentStep(pair.es)).to.equal('summary');
    expect(currentStep(pair.en)).to.equal('summary');
    compare(pair, 'summary');

    // Every follow-up was shown and walked.
    for (const step of [
      'hairline-problem',
      'helmet-extent',
      'tint',
      'dots-appearance',
      'change-reason',
      'concern-details',
      'smp-history',
      'artists',
      'hair-transplant',
      'previous-removal',
      'photos',
      'notes',
      'review',
    ]) {
      expect(visited, `visited ${step}`).to.include(step);
    }

    // The Spanish text (clinic-lang="es") is Spanish only; no forbidden word in either text.
    const esText = completes.es!.text;
    expect(englishLeaks(esText, LEAVES), 'English messages in the Spanish text').to.deep.equal([]);
    expect(forbiddenWords(esText), 'forbidden words in the Spanish text').to.deep.equal([]);
    expect(forbiddenWords(completes.en!.text), 'forbidden words in the English text').to.deep.equal([]);
    expect(forbiddenWords(JSON.stringify(completes.es!.summary)), 'forbidden words in the JSON').to.deep.equal([]);
    expect(forbiddenWords(JSON.stringify(completes.es!.fhir)), 'forbidden words in FHIR').to.deep.equal([]);
  });

  it('the intro with a draft, and the summary outside a form with a consultation link, are Spanish too', async function () {
    this.timeout(30_000);
    const first = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment id="en-draft" storage-key="parity-en" lang="en"></smp-assessment>
        <smp-assessment id="es-draft" storage-key="parity-es" lang="es"></smp-assessment>
      </div>`,
    );
    const drafts: Pair = {
      en: first.querySelector<Widget>('#en-draft')!,
      es: first.querySelector<Widget>('#es-draft')!,
    };
    await untilLocale(drafts.es, 'es');
    await both(drafts, (el) => click(el, 'start-button'));
    await both(drafts, (el) => answerStep(el));
    await both(drafts, (el) => click(el, 'continue-button'));

    // A second visit: the intro offers to continue the draft.
    const second = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment id="en-resume" storage-key="parity-en" lang="en"></smp-assessment>
        <smp-assessment id="es-resume" storage-key="parity-es" lang="es"></smp-assessment>
      </div>`,
    );
    const resumed: Pair = {
      en: second.querySelector<Widget>('#en-resume')!,
      es: second.querySelector<Widget>('#es-resume')!,
    };
    await untilLocale(resumed.es, 'es');
    expect(part(resumed.es, 'resume-button')).to.exist;
    compare(resumed, 'intro with a draft');
    await both(resumed, (el) => click(el, 'restart-button'));
    clearStorage();

    // The summary outside a form, with a consultation link, a clinic name and a partner.
    const third = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment
          id="en-consult"
          persist="none"
          lang="en"
          clinic="Lakeshore Laser"
          partner="barber-12"
          consultation-url="#consult"
        ></smp-assessment>
        <smp-assessment
          id="es-consult"
          persist="none"
          lang="es"
          clinic="Lakeshore Laser"
          partner="barber-12"
          consultation-url="#consult"
        ></smp-assessment>
      </div>`,
    );
    const consult: Pair = {
      en: third.querySelector<Widget>('#en-consult')!,
      es: third.querySelector<Widget>('#es-consult')!,
    };
    await untilLocale(consult.es, 'es');
    compare(consult, 'intro with a clinic name');
    for (const el of [consult.en, consult.es]) {
      el.answers = everySection;
      await click(el, 'start-button');
      el.answers = everySection;
    }
    // Prefilled answers: Continue walks to the review.
    for (let guard = 0; guard < 40 && currentStep(consult.es) !== 'review'; guard++) {
      await both(consult, (el) => click(el, 'continue-button'));
    }
    expect(currentStep(consult.en)).to.equal('review');
    compare(consult, 'review of prefilled answers');
    await both(consult, (el) => click(el, 'finish-button'));
    await waitUntil(() => currentStep(consult.es) === 'summary' && currentStep(consult.en) === 'summary');
    await both(consult, settle);
    expect(part(consult.es, 'consultation-button')).to.exist;
    compare(consult, 'summary with a consultation link');
  });
});
