// The idle rehearsal (src/components/warm-up.ts) draws the question steps into a hidden copy of the frame while
// the patient reads the intro. It must be invisible to everything outside it (queries, focus, layout, events,
// storage, network) and gone when it is done. It runs once per page: this file's first mount is the page's first.
import { expect, waitUntil } from '@open-wc/testing';
import { currentStep, mount, shadow, type Widget } from './helpers.js';

const rehearsal = (el: Widget) => shadow(el).querySelector<HTMLElement>('.rehearsal');

describe('rehearsal of the steps', () => {
  it('lays the steps out unseen while the intro shows, then leaves no trace', async () => {
    const events: string[] = [];
    for (const type of ['smp-step', 'smp-complete', 'smp-reset', 'click', 'change', 'input']) {
      document.addEventListener(type, () => events.push(type), true);
    }
    const storedBefore = localStorage.length;
    const el = await mount();
    const requestsBefore = performance.getEntriesByType('resource').length;
    const before = shadow(el).innerHTML;
    const height = el.getBoundingClientRect().height;

    await waitUntil(() => rehearsal(el), 'the rehearsal did not start', { timeout: 3000, interval: 5 });
    const holder = rehearsal(el)!;
    expect(holder.shadowRoot, 'its shadow root is closed').to.equal(null);
    expect(holder.inert).to.equal(true);
    expect(holder.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(holder).visibility).to.equal('hidden');
    expect(holder.getBoundingClientRect().height, 'it takes no room').to.equal(0);
    expect(el.getBoundingClientRect().height, 'the widget keeps its size').to.equal(height);
    // Its content is laid out (this is the point), though nothing outside can reach it.
    await waitUntil(() => holder.scrollHeight > 0, 'nothing was laid out', { timeout: 3000, interval: 5 });
    expect(shadow(el).querySelectorAll('input, fieldset, textarea').length, 'no question to query').to.equal(0);
    expect(shadow(el).querySelectorAll('[part~="heading"]').length, 'one heading: the intro').to.equal(1);

    await waitUntil(() => !rehearsal(el), 'the rehearsal did not end', { timeout: 10000 });
    expect(currentStep(el)).to.equal('intro');
    expect(shadow(el).innerHTML, 'the shadow root is as it was').to.equal(before);
    expect(document.activeElement, 'focus did not move').to.equal(document.body);
    expect(events, 'no event').to.deep.equal([]);
    expect(localStorage.length, 'nothing stored').to.equal(storedBefore);
    expect(performance.getEntriesByType('resource').length, 'no request').to.equal(requestsBefore);
  });

  it('happens once per page', async () => {
    const el = await mount();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rehearsal(el)).to.equal(null);
  });
});
