// A patient who presses Start at once never waits for the idle rehearsal (src/components/warm-up.ts): it is
// removed with the step change. Its own file, because the rehearsal runs once per page.
import { expect, waitUntil } from '@open-wc/testing';
import { choose, click, currentStep, mount, part, shadow } from './helpers.js';

describe('rehearsal of the steps, Start pressed during it', () => {
  it('stops and goes away; the first question works as usual', async () => {
    const el = await mount();
    await waitUntil(() => shadow(el).querySelector('.rehearsal'), 'the rehearsal did not start', {
      timeout: 3000,
      interval: 5,
    });
    await click(el, 'start-button');
    expect(shadow(el).querySelector('.rehearsal'), 'removed with the step change').to.equal(null);
    expect(currentStep(el)).to.equal('smp-history');
    expect(shadow(el).activeElement).to.equal(part(el, 'heading'));
    await choose(el, 'smp-last-session', '1-3-years');
    await choose(el, 'smp-sessions', '1-2');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('artists');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(el).querySelector('.rehearsal'), 'and does not come back').to.equal(null);
  });
});
