// reset() from the host page never leaves focus on <body> when it was inside the widget (a screen reader would
// start again from the top), and never takes focus when it was elsewhere (a page's own "Clear" button keeps it).
import { expect, fixture, html } from '@open-wc/testing';
import { minimalComplete } from '../fixtures/answers.js';
import { currentStep, part, settle, shadow, type Widget } from './helpers.js';
import { toSummary } from './flow.js';

describe('reset() and focus', function () {
  this.timeout(30_000);

  it('focus inside the widget moves to the intro heading, not <body>', async () => {
    const el = await fixture<Widget>(html`<smp-assessment persist="none"></smp-assessment>`);
    await toSummary(minimalComplete, el);
    part(el, 'print-button')!.focus();
    el.reset();
    await settle(el);
    expect(currentStep(el)).to.equal('intro');
    expect(document.activeElement === document.body, 'focus fell to <body>').to.equal(false);
    expect(shadow(el).activeElement === part(el, 'heading'), 'the intro heading has focus').to.equal(true);
  });

  it('focus outside the widget stays where it is', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="clear">Clear</button>
        <smp-assessment persist="none"></smp-assessment>
      </div>`,
    );
    const el = wrapper.querySelector<Widget>('smp-assessment')!;
    await toSummary(minimalComplete, el);
    const clear = wrapper.querySelector<HTMLButtonElement>('#clear')!;
    clear.focus();
    el.reset();
    await settle(el);
    expect(document.activeElement === clear, 'the page keeps its focus').to.equal(true);
  });
});
