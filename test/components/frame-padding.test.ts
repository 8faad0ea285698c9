// --smp-frame-padding: a host that already draws a padded card can drop the widget's own padding (no double padding).
import { expect, fixture, html } from '@open-wc/testing';
import { settle, shadow, type Widget } from './helpers.js';

describe('--smp-frame-padding', () => {
  it('defaults to the spacing unit, and a host card can set it to 0', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment id="plain" persist="none"></smp-assessment>
        <smp-assessment id="carded" persist="none" style="--smp-frame-padding: 0"></smp-assessment>
      </div>`,
    );
    const padding = (id: string) => {
      const el = wrapper.querySelector<Widget>(`#${id}`)!;
      return getComputedStyle(shadow(el).querySelector('.frame')!).paddingLeft;
    };
    await settle(wrapper.querySelector<Widget>('#carded')!);
    expect(padding('plain')).to.equal('16px');
    expect(padding('carded')).to.equal('0px');
  });
});
