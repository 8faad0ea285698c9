// The English-only page must not pay for Spanish. In the test runner the source is served unbundled,
// so the Spanish locale is its own module URL (src/locales/es.ts): an English journey never requests it,
// and switching to Spanish does. This file must not import es.ts, and the English test runs first.
import { expect, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { everySection } from '../fixtures/answers.js';
import { answerAll, click, currentStep, mount, part, settle } from './helpers.js';
import { untilLocale } from './i18n-helpers.js';

// Module requests of an unbundled page exceed the default buffer of 250 entries.
performance.setResourceTimingBufferSize(100_000);

function requested(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(new URL(name).pathname));
}

const SPANISH = /locales\/es(\.|\/|$)/;

describe('the Spanish chunk is lazy', () => {
  it('is never requested on an English page, through a whole journey', async function () {
    this.timeout(30_000);
    // The method sees module requests: the English locale was loaded with the element.
    expect(requested(/locales\/en\./), 'en.ts in the resource timing entries').to.have.length.greaterThan(0);
    const el = await mount(html`<smp-assessment persist="none" lang="en"></smp-assessment>`);
    await click(el, 'start-button');
    await answerAll(el, everySection);
    await click(el, 'finish-button');
    await waitUntil(() => currentStep(el) === 'summary', 'never reached the summary', { timeout: 5000 });
    await settle(el);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(en.summary.title);
    expect(el.summary?.locale).to.equal('en');
    expect(requested(SPANISH), 'Spanish requested on an English page').to.deep.equal([]);
  });

  it('is requested, once, after switching to Spanish', async () => {
    expect(requested(SPANISH)).to.deep.equal([]);
    const el = await mount(html`<smp-assessment persist="none"></smp-assessment>`);
    await click(el, 'start-button');
    el.lang = 'es';
    await untilLocale(el, 'es');
    expect(requested(SPANISH), 'the Spanish module').to.have.length(1);
    expect(requested(SPANISH)[0]).to.match(/\/src\/locales\/es\.(ts|js)$/);
    // A second Spanish widget reuses the loaded chunk.
    const second = await mount(html`<smp-assessment persist="none" lang="es"></smp-assessment>`);
    await untilLocale(second, 'es');
    expect(requested(SPANISH)).to.have.length(1);
  });
});
