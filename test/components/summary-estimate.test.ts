// The estimate on the patient's summary screen: the band for complete removal, its
// caveat, the fading line for a partial goal, the no-band sentence when too uncertain, and the six points
// under a "How we worked this out" disclosure below them, opened by keyboard as a patient would.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { toSummary } from './flow.js';
import { mount, shadow, settle, type Widget } from './helpers.js';
import { en } from '../../src/locales/en.js';
import { allNotSure, blueTintUnknownSkin, hairlineFix, skinTypeIIHelmetFivePlus } from '../fixtures/answers.js';

function estimateSection(el: Widget): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('#summary-estimate')!.closest('section')!;
}

describe('the estimate on the summary screen', function () {
  this.timeout(30_000);

  it('shows the band for complete removal, then the caveat, then the points in a closed disclosure', async () => {
    const el = await toSummary(skinTypeIIHelmetFivePlus);
    const section = estimateSection(el);
    const children = [...section.children];
    const band = section.querySelector('.estimate')!;
    const caveat = section.querySelector('.caveat')!;
    const details = section.querySelector('details')!;
    expect(band.textContent!.trim()).to.equal('About 4 to 10 sessions for complete removal');
    expect(children.indexOf(band)).to.be.lessThan(children.indexOf(caveat));
    expect(children.indexOf(caveat)).to.be.lessThan(children.indexOf(details));
    expect(details.open, 'closed at first').to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal(en.summary.howWorkedOut);
    expect(section.textContent).not.to.contain(en.summary.estimateFading);

    // A patient opens it with the keyboard.
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(details.open).to.equal(true);
    const points = [...details.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(points).to.deep.equal([
      'Skin type II: 2 points',
      'Location (scalp): 1 point',
      'Ink color (black ink, assumed): 1 point',
      'Amount of ink (helmet look or too dark): 3 points',
      'Scarring (No): 0 points',
      'Layering (Just one): 0 points',
      'Total: 7 points',
    ]);
    const summary = details.querySelector('summary')!;
    expect(summary.getBoundingClientRect().height, '44 px target').to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('adds the fading line for a partial removal', async () => {
    const el = await toSummary(hairlineFix);
    expect(estimateSection(el).textContent).to.contain(en.summary.estimateFading);
  });

  it('says the clinician will talk about it, and shows no band, when unknown answers make it useless', async () => {
    for (const answers of [allNotSure, blueTintUnknownSkin]) {
      const el = await toSummary(answers, await mount());
      const section = estimateSection(el);
      expect(section.querySelector('.estimate')).to.equal(null);
      expect(section.querySelector('.no-estimate')!.textContent!.trim()).to.equal(en.summary.estimateNone);
      expect(section.textContent).not.to.match(/About \d+ to \d+ sessions/);
      expect(section.querySelector('details li:last-child')!.textContent).to.match(/^Total: \d+ to \d+ points$/);
      expect(el.summary!.estimate).to.include({ low: null, high: null, for: 'complete-removal' });
    }
  });

  it('with hide-estimate, shows no estimate and no points', async () => {
    const el = await mount();
    el.setAttribute('hide-estimate', '');
    await toSummary(skinTypeIIHelmetFivePlus, el);
    expect(shadow(el).querySelector('#summary-estimate')).to.equal(null);
    expect(shadow(el).querySelector('details')).to.equal(null);
  });
});
