// Free text is always rendered as text, never as HTML: script and
// onerror payloads in concern-details and notes show as text on the review and the summary and run nothing.
import { expect, oneEvent } from '@open-wc/testing';
import type { SmpCompleteDetail } from '../../src/events.js';
import { concernJourneys } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, settle, shadow, type Widget } from './helpers.js';
import { finish, stepText, toReview } from './flow.js';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';

declare global {
  interface Window {
    __pwned?: number;
  }
}

function expectInert(el: Widget, where: string): void {
  // Booleans only: a failing expect on a DOM node makes the runner's error serialisation hang.
  expect(!!shadow(el).querySelector('img'), `an <img> on ${where}`).to.be.false;
  expect(!!shadow(el).querySelector('script'), `a <script> on ${where}`).to.be.false;
  const pageScripts = [...document.querySelectorAll('script, img')].filter((n) => n.outerHTML.includes('__pwned'));
  expect(pageScripts.length, `payload elements in the page on ${where}`).to.equal(0);
}

describe('free text stays text', function () {
  this.timeout(30_000);
  afterEach(clearStorage);

  it('shows HTML and script payloads as text on the review and the summary, and runs nothing', async () => {
    delete window.__pwned;
    const answers = {
      ...concernJourneys['other']!,
      'concern-details': `Details ${IMG} and ${SCRIPT}`,
      notes: `Notes ${SCRIPT} then ${IMG}`,
    };
    const el = await toReview(answers);
    expect(el.answers['concern-details']).to.equal(answers['concern-details']);
    const review = stepText(el);
    expect(review).to.include(answers['concern-details']);
    expect(review).to.include(answers.notes);
    expectInert(el, 'the review');
    // Every <img> or <script> ever added from here on, even one removed again: the payload could only run through one.
    const made: string[] = [];
    const collect = (records: MutationRecord[]) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof Element)) continue;
        for (const added of [node, ...node.querySelectorAll('img, script')]) {
          if (added.matches('img, script')) made.push(added.outerHTML);
        }
      }
    };
    const observer = new MutationObserver(collect);
    observer.observe(shadow(el), { childList: true, subtree: true });

    // Back on the text step, the textarea holds the text verbatim.
    shadow(el).querySelector<HTMLButtonElement>('[part="change-button"][data-question="notes"]')!.click();
    await settle(el);
    expect(currentStep(el)).to.equal('notes');
    expect(shadow(el).querySelector('textarea')!.value).to.equal(answers.notes);
    expectInert(el, 'the notes step');
    await click(el, 'continue-button');

    const done = oneEvent(el, 'smp-complete');
    await finish(el);
    const detail: SmpCompleteDetail = (await done).detail;
    // The text and FHIR carry it verbatim: plain text, not escaped HTML.
    expect(detail.text).to.include(answers['concern-details']).and.include(answers.notes);
    const strings = JSON.stringify(detail.fhir);
    expect(strings).to.include(JSON.stringify(answers['concern-details'])).and.include(JSON.stringify(answers.notes));
    const summary = el.summary!;
    expect(summary.answers.find((a) => a.id === 'concern-details')?.text).to.equal(answers['concern-details']);
    expect(summary.answers.find((a) => a.id === 'notes')?.text).to.equal(answers.notes);
    // The patient sees their own words for "something else" on the summary screen, as text.
    const screen = shadow(el).querySelector('[part="summary"]')!.textContent ?? '';
    expect(screen).to.include(answers['concern-details']);
    expectInert(el, 'the summary');
    collect(observer.takeRecords());
    observer.disconnect();
    expect(made, 'elements added on the notes step, the review and the summary').to.deep.equal([]);
    // With no <img> ever made, no onerror can still be pending: the flag is settled now.
    expect(window.__pwned).to.equal(undefined);
  });
});
