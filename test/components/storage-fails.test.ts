// Storage that fails: when the draft cannot be saved (quota full, storage blocked), the
// patient is told once, in a role="status" line on the step, and the intro no longer promises to keep the answers.
// The failing storage lives in an iframe, so the test runner's own page keeps a working one.
import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { everything } from '../fixtures/answers.js';
import { PAGES, closeFrames, openFrame, until, type Frame } from './frame.js';
import { answerStep, clearStorage, click, part, settle, shadow, type Widget } from './helpers.js';

/** Makes every write of the widget's keys throw, as a full localStorage does. */
function fillStorage(frame: Frame): void {
  const proto = frame.win.Storage.prototype;
  const setItem = proto.setItem;
  proto.setItem = function (key: string, value: string) {
    if (key.startsWith('smp-assessment'))
      throw new frame.win.DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
}

function statuses(el: Widget): string[] {
  return [...shadow(el).querySelectorAll('[part="step"] [role="status"]')].map((s) => s.textContent?.trim() ?? '');
}

function privacyLine(el: Widget): string {
  return shadow(el).querySelector('.privacy')?.textContent?.trim() ?? '';
}

describe('storage that fails', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('a full storage is said once on the step, and the intro stops promising to keep answers', async () => {
    const frame = await openFrame(`${PAGES}src.html`);
    const { el } = frame;
    expect(privacyLine(el)).to.equal(en.intro.privacy);
    fillStorage(frame);
    await click(el, 'start-button');
    expect(statuses(el)).to.deep.equal([en.problems.notSaving]);
    await answerStep(el, everything);
    await click(el, 'continue-button');
    // Once: the next step does not repeat it.
    expect(statuses(el)).to.deep.equal([]);
    await click(el, 'back-button');
    await click(el, 'back-button');
    expect(part(el, 'start-button')).to.exist;
    expect(privacyLine(el)).to.equal(en.problems.privacyNotKept);
  });

  it('storage that refuses every write is known on the intro, before any answer', async () => {
    const frame = await openFrame(`${PAGES}src.html`);
    fillStorage(frame);
    const el = frame.doc.createElement('smp-assessment') as Widget;
    el.setAttribute('storage-key', 'blocked-storage');
    frame.doc.body.append(el);
    await until(() => shadow(el)?.querySelector('.privacy'), 'the intro');
    await settle(el);
    expect(privacyLine(el)).to.equal(en.problems.privacyNotKept);
  });
});
