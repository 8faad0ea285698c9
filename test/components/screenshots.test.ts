// Screenshots of every step of the longest journey (plus error states and the resume intro) at 320 px and
// 1280 px wide, light and dark, into .screenshots/steps/, for a person to look at (issue 3, "Look at it").
// Each screen is also checked for sideways scrolling, which a person could miss in a full-page image.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { getQuestionStep } from '../../src/model/definition.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { choose, clearStorage, click, currentStep, settle, type, type Widget } from './helpers.js';
import { finish, mountLocal } from './flow.js';

const WIDTHS = [320, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

type Scheme = 'light' | 'dark';

/** One screenshot of the current screen, after checking that nothing scrolls sideways. */
async function shoot(el: Widget, index: number, name: string, width: number, scheme: Scheme): Promise<void> {
  await settle(el);
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  expect(overflow, `${name} at ${width} px ${scheme} scrolls sideways`).to.be.at.most(0);
  const file = `steps/${String(index).padStart(2, '0')}-${name}-${width}-${scheme}.png`;
  await executeServerCommand('screenshot', { path: file, fullPage: true });
}

async function answerStep(el: Widget, stepId: string): Promise<void> {
  for (const question of getQuestionStep(stepId)?.questions ?? []) {
    const value = everything[question.id];
    if (value === undefined) continue;
    if (question.kind === 'text') await type(el, question.id, value as string);
    else await choose(el, question.id, value);
  }
}

describe('screenshots', function () {
  this.timeout(120_000);
  afterEach(async () => {
    clearStorage();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`every step of the longest journey, error states and the resume intro, at ${width} px, ${scheme}`, async () => {
        await setViewport({ width, height: 800 });
        // Reduced motion: no colour transition half-way through a screenshot.
        await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        let index = 0;
        const snap = (name: string) => shoot(el, ++index, name, width, scheme);
        const el = await fixture<Widget>(
          html`<smp-assessment persist="none" clinic="Lakeshore Laser" style="display:block"></smp-assessment>`,
        );
        await snap('intro');
        await click(el, 'start-button');
        const errorsOn = new Set(['smp-history', 'concerns', 'tint', 'concern-details']);
        for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
          const step = currentStep(el);
          if (errorsOn.has(step)) {
            await click(el, 'continue-button');
            await snap(`${step}-error`);
          }
          await answerStep(el, step);
          await snap(step);
          await click(el, 'continue-button');
        }
        await snap('review');
        await finish(el);
        await snap('summary');
        expect(index).to.equal(1 + 4 + 22 + 2);

        el.remove();
        localStorage.setItem(
          'smp-assessment:shots',
          JSON.stringify({ v: 1, savedAt: Date.now(), step: 'goal', answers: minimalComplete, fromReview: false }),
        );
        const resume = await mountLocal('shots');
        await shoot(resume, ++index, 'intro-resume', width, scheme);
      });
    }
  }
});
