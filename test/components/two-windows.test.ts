// Two windows: two documents with the same storage key never silently drop answers. Each
// follows the stored draft, and an intro offers "Continue where you left off" as soon as a draft exists. Two
// iframes of one page share localStorage and get each other's `storage` events, as two tabs do.
import { expect } from '@open-wc/testing';
import { everything } from '../fixtures/answers.js';
import { PAGES, closeFrames, openFrame, until } from './frame.js';
import { answerStep, clearStorage, click, currentStep, part, settle } from './helpers.js';

describe('two windows with one draft', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('an intro offers to continue as soon as another window saves, and each shows the other’s latest answers', async () => {
    const a = await openFrame(`${PAGES}src.html`);
    const b = await openFrame(`${PAGES}src.html`);
    expect(part(b.el, 'start-button')).to.exist;

    await click(a.el, 'start-button');
    for (let i = 0; i < 5; i++) {
      await answerStep(a.el, everything);
      await click(a.el, 'continue-button');
    }
    const answeredInA = a.el.answers;
    expect(Object.keys(answeredInA).length).to.be.greaterThan(3);

    // B was on the intro all along: it now offers the draft instead of a Start that would write over it.
    await until(() => part(b.el, 'resume-button'), 'Continue where you left off in B');
    expect(part(b.el, 'start-button')).to.equal(null);
    await click(b.el, 'resume-button');
    expect(b.el.answers).to.deep.equal(answeredInA);
    expect(currentStep(b.el)).to.equal(currentStep(a.el));

    // B answers the next question; A, still on that step, shows it before A writes anything.
    await answerStep(b.el, everything);
    const answeredInB = b.el.answers;
    await until(() => JSON.stringify(a.el.answers) === JSON.stringify(answeredInB), 'A to show the answer given in B');
    await settle(a.el);
    await click(a.el, 'continue-button');
    await click(b.el, 'back-button');
    await click(b.el, 'continue-button');
    for (const [id, value] of Object.entries(answeredInB)) {
      expect(a.el.answers[id], id).to.deep.equal(value);
      expect(b.el.answers[id], id).to.deep.equal(value);
    }
  });

  it('a widget moved in its page follows the draft again: its intro offers what another window saves', async () => {
    const a = await openFrame(`${PAGES}src.html`);
    const b = await openFrame(`${PAGES}src.html`);
    // Moving an element disconnects it (it stops watching the draft) and connects it again, as a framework that
    // re-parents it does.
    b.el.parentNode!.appendChild(b.el);
    await settle(b.el);
    expect(part(b.el, 'start-button')).to.exist;

    await click(a.el, 'start-button');
    await answerStep(a.el, everything);
    await click(a.el, 'continue-button');
    await until(() => part(b.el, 'resume-button'), 'Continue where you left off in the moved B');
  });
});
