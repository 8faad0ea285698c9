import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { answerAll, click, currentStep, mount, part, settle } from './helpers.js';

const ANSWERS = {
  'smp-last-session': '1-3-years',
  'smp-sessions': '5-plus',
  'smp-practitioners': 'one',
  'smp-areas': ['hairline', 'top'],
  'smp-original-reason': 'thinning',
  concerns: ['helmet-look', 'blue-green-tint'],
  'helmet-extent': 'whole-area',
  'tint-colour': 'blue',
  'tint-onset': 'over-time',
  goal: 'complete-removal',
  'hair-status': 'little-or-none',
  'hair-transplant': 'no',
  'skin-type': 'II',
  'recent-tan': 'no',
  health: ['none'],
  scarring: 'none',
  'previous-removal': 'none',
};

describe('screenshots', () => {
  it('walks the flow', async () => {
    await setViewport({ width: 320, height: 900 });
    const el = await mount(html`<smp-assessment persist="none" clinic="Lakeshore Laser"></smp-assessment>`);
    await executeServerCommand('screenshot', { path: 'dev/intro-320.png', fullPage: true });
    await click(el, 'start-button');
    await executeServerCommand('screenshot', { path: 'dev/q1-320.png', fullPage: true });
    await click(el, 'continue-button');
    await executeServerCommand('screenshot', { path: 'dev/q1-error-320.png', fullPage: true });
    await answerAll(el, ANSWERS);
    expect(currentStep(el)).to.equal('review');
    await executeServerCommand('screenshot', { path: 'dev/review-320.png', fullPage: true });
    await click(el, 'finish-button');
    await settle(el);
    expect(currentStep(el)).to.equal('summary');
    expect(part(el, 'summary')).to.exist;
    await executeServerCommand('screenshot', { path: 'dev/summary-320.png', fullPage: true });
  });
});
