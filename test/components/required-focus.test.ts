// `required` and focus: when the host form's submit is blocked because the assessment is not
// finished, focus moves into the widget (Start or Continue where you left off on the intro, the first field on a
// question, Finish on the review) and the reason is announced. A plain checkValidity() moves nothing.
import { skipWithoutValidationBubble } from './engine.js';
import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import {
  afterQueuedTasks,
  alerts,
  answerAll,
  clearStorage,
  click,
  part,
  settle,
  shadow,
  type Widget,
} from './helpers.js';

async function mountInForm(): Promise<{ form: HTMLFormElement; el: Widget; send: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(
    html`<form action="/never" @submit=${(e: Event) => e.preventDefault()}>
      <smp-assessment name="assessment" required persist="none"></smp-assessment>
      <button>Send</button>
    </form>`,
  );
  const el = form.querySelector('smp-assessment') as Widget;
  await settle(el);
  return { form, el, send: form.querySelector('button')! };
}

/** Presses the page's Send button as a keyboard user would: focus on it, then activate it. */
async function pressSend(el: Widget, send: HTMLButtonElement): Promise<void> {
  send.focus();
  send.click();
  await afterQueuedTasks(el);
}

describe('required and focus', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('a blocked submit takes focus to Start, the first field, then Finish, and announces why', async function () {
    skipWithoutValidationBubble(this);
    const { el, send } = await mountInForm();
    await pressSend(el, send);
    expect(shadow(el).activeElement).to.equal(part(el, 'start-button'));
    expect(alerts(el)).to.include(en.errors.formIncomplete);

    await click(el, 'start-button');
    expect(alerts(el)).to.deep.equal([]);
    await pressSend(el, send);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="step"] input'));
    expect(alerts(el)).to.include(en.errors.formIncomplete);

    el.answers = minimalComplete;
    await answerAll(el, minimalComplete);
    await pressSend(el, send);
    expect(shadow(el).activeElement).to.equal(part(el, 'finish-button'));
    expect(alerts(el)).to.include(en.errors.formIncomplete);
  });

  it('checkValidity() from a page script reports invalid and moves nothing', async () => {
    const { form, el, send } = await mountInForm();
    send.focus();
    expect(form.checkValidity()).to.equal(false);
    await afterQueuedTasks(el);
    expect(document.activeElement).to.equal(send);
    expect(alerts(el)).to.deep.equal([]);
  });
});
