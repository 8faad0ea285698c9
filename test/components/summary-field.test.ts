// `summary-field`: the plain text also goes into a field of the host form, for form
// builders that send only their own fields. Each host is driven as it really sends or reads the field:
// fetch(new FormData(form)), jQuery's .serialize(), a React-controlled input and Vue's v-model.
import { en } from '../../src/locales/en.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createElement as h, useState, type ChangeEvent, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import type { SmpCompleteDetail } from '../../src/events.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, part, settle, type Widget } from './helpers.js';
import { mountLocal, stubWarn, toSummary } from './flow.js';

/** Completes a whole journey by clicks and returns the text `smp-complete` carried. */
async function complete(el: Widget): Promise<string> {
  let text: string | null = null;
  const onComplete = (event: CustomEvent<SmpCompleteDetail>) => (text = event.detail.text);
  el.addEventListener('smp-complete', onComplete);
  try {
    await toSummary(minimalComplete, el);
  } finally {
    el.removeEventListener('smp-complete', onComplete);
  }
  if (text === null) throw new Error('smp-complete did not fire');
  expect(text, 'a real summary').to.match(/\S[\s\S]*Kirby-Desai/);
  return text;
}

/** Counts the `input` and `change` events that reach the document from `field`. */
function countEvents(field: HTMLElement): { input: number; change: number } {
  const counts = { input: 0, change: 0 };
  field.addEventListener('input', () => counts.input++);
  field.addEventListener('change', () => counts.change++);
  return counts;
}

async function inForm<T extends HTMLElement = HTMLInputElement>(
  markup: string,
): Promise<{ form: HTMLFormElement; el: Widget; field: T }> {
  const form = await fixture<HTMLFormElement>(markup);
  const el = form.querySelector('smp-assessment')!;
  await settle(el);
  return { form, el, field: form.querySelector<T>('[data-field]')! };
}

interface JQueryLike {
  (form: HTMLFormElement): { serialize(): string };
  fn: { jquery: string };
}

/** jQuery from npm, loaded as WordPress and its plugins load it: a classic script that sets `window.jQuery`. */
async function loadJQuery(): Promise<JQueryLike> {
  const page = window as unknown as { jQuery?: JQueryLike };
  if (!page.jQuery) {
    const script = document.createElement('script');
    script.src = '/node_modules/jquery/dist/jquery.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('jQuery did not load'));
    });
    document.head.append(script);
    await loaded;
  }
  return page.jQuery!;
}

describe('summary-field', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(40_000);
  afterEach(clearStorage);

  it('a form sent by fetch(new FormData(form)) carries exactly the text, and an empty field after reset', async () => {
    // As Contact Form 7 sends: its own submit handler, fetch and a FormData of the form.
    const { form, el, field } = await inForm(`<form action="/contact" method="post">
      <input name="your-name" value="Sam Rivera">
      <input type="hidden" name="smp-summary" data-field>
      <smp-assessment persist="none" summary-field="smp-summary"></smp-assessment>
      <button>Send</button>
    </form>`);
    const sent: FormData[] = [];
    const realFetch = window.fetch;
    window.fetch = async (_url, init) => {
      sent.push(init?.body as FormData);
      return new Response('{"status":"mail_sent"}', { headers: { 'Content-Type': 'application/json' } });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void fetch(form.action, { method: 'POST', body: new FormData(form) });
    });
    try {
      const events = countEvents(field);
      form.requestSubmit();
      expect(sent[0]?.get('smp-summary'), 'nothing before the assessment is complete').to.equal('');

      const text = await complete(el);
      form.requestSubmit();
      expect(sent[1]?.get('smp-summary')).to.equal(text);
      expect([...sent[1]!.keys()], 'the widget has no name here: only the form builder fields').to.deep.equal([
        'your-name',
        'smp-summary',
      ]);
      expect(events, 'one input and one change when the text arrived').to.deep.equal({ input: 1, change: 1 });

      form.reset();
      await settle(el);
      form.requestSubmit();
      expect(sent[2]?.get('smp-summary')).to.equal('');
      expect(events).to.deep.equal({ input: 2, change: 2 });
    } finally {
      window.fetch = realFetch;
    }
  });

  it("leaves the element's own form value as it is: the same text under its name, with the JSON and FHIR", async () => {
    const { form, el, field } = await inForm(`<form>
      <textarea name="smp-summary" data-field hidden></textarea>
      <smp-assessment name="assessment" persist="none" summary-field="smp-summary"></smp-assessment>
    </form>`);
    const text = await complete(el);
    const data = new FormData(form);
    expect(field.value).to.equal(text);
    expect(data.get('smp-summary')).to.equal(text);
    expect(data.get('assessment')).to.equal(text);
    expect([...data.keys()]).to.deep.equal(['smp-summary', 'assessment', 'assessment-json', 'assessment-fhir']);
  });

  it("a form sent by jQuery's .serialize() carries exactly the text, and an empty field after reset()", async () => {
    const $ = await loadJQuery();
    const { form, el } = await inForm(`<form>
      <input name="your-email" type="email" value="sam@example.com">
      <input type="hidden" name="smp-summary" data-field>
      <smp-assessment name="assessment" persist="none" summary-field="smp-summary"></smp-assessment>
    </form>`);
    const sent = () => [...new URLSearchParams($(form).serialize())];
    const text = await complete(el);
    // jQuery 3 (the one WordPress ships) skips the element itself: it serialises only input, select and
    // textarea elements. The field is how the summary gets into what such a plugin sends. Like a browser
    // sending a form, jQuery sends each line break as CRLF; the text is otherwise exactly the same.
    expect(sent(), `jQuery ${$.fn.jquery}`).to.deep.equal([
      ['your-email', 'sam@example.com'],
      ['smp-summary', text.replace(/\n/g, '\r\n')],
    ]);
    expect(form.querySelector<HTMLInputElement>('[data-field]')!.value).to.equal(text);
    el.reset();
    await settle(el);
    expect(sent()).to.deep.equal([
      ['your-email', 'sam@example.com'],
      ['smp-summary', ''],
    ]);
  });

  for (const kind of ['hidden input (onInput)', 'textarea (onChange)'] as const) {
    it(`a React-controlled ${kind} gets exactly the text into React's state, and '' after reset()`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      let root: Root | null = null;
      try {
        function App() {
          const [summary, setSummary] = useState('');
          const [renders, setRenders] = useState(0);
          const field =
            kind === 'textarea (onChange)'
              ? h('textarea', {
                  name: 'smp-summary',
                  value: summary,
                  readOnly: true,
                  hidden: true,
                  onChange: (e: ChangeEvent<HTMLTextAreaElement>) => setSummary(e.target.value),
                })
              : h('input', {
                  type: 'hidden',
                  name: 'smp-summary',
                  value: summary,
                  onInput: (e: FormEvent<HTMLInputElement>) => setSummary(e.currentTarget.value),
                });
          return h(
            'form',
            null,
            field,
            h('smp-assessment', { persist: 'none', 'summary-field': 'smp-summary' }),
            h('output', null, summary),
            h('button', { type: 'button', onClick: () => setRenders((n) => n + 1) }, `Re-render (${renders})`),
          );
        }
        root = createRoot(host);
        root.render(h(App));
        await waitUntil(() => host.querySelector('smp-assessment'), 'React rendered the widget');
        const el = host.querySelector('smp-assessment')!;
        const field = host.querySelector<HTMLInputElement | HTMLTextAreaElement>('[name="smp-summary"]')!;
        const state = host.querySelector('output')!;
        await settle(el);

        const text = await complete(el);
        await waitUntil(() => state.textContent === text, "React's state holds the text");
        // A controlled field is rewritten from React's state on every render: the text survives one.
        host.querySelector('button')!.click();
        await waitUntil(() => host.querySelector('button')!.textContent === 'Re-render (1)', 'React re-rendered');
        expect(field.value).to.equal(text);
        expect(new FormData(host.querySelector('form')!).get('smp-summary')).to.equal(text);

        el.reset();
        await waitUntil(() => state.textContent === '', "React's state is empty after reset()");
        expect(field.value).to.equal('');
      } finally {
        root?.unmount();
      }
    });
  }

  it("a Vue v-model field gets exactly the text into Vue's state, and '' after form reset", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const app = createApp({
      setup: () => ({ summary: ref('') }),
      template: `<form>
        <input type="hidden" name="smp-summary" v-model="summary">
        <smp-assessment persist="none" summary-field="smp-summary"></smp-assessment>
        <output>{{ summary }}</output>
      </form>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'smp-assessment';
    app.mount(host);
    try {
      const el = host.querySelector('smp-assessment')!;
      const state = host.querySelector('output')!;
      await settle(el);
      const text = await complete(el);
      await waitUntil(() => state.textContent === text, "Vue's state holds the text");
      host.querySelector('form')!.reset();
      await waitUntil(() => state.textContent === '', "Vue's state is empty after the form's reset");
      expect(host.querySelector<HTMLInputElement>('[name="smp-summary"]')!.value).to.equal('');
    } finally {
      app.unmount();
    }
  });

  it('a missing field, or one of another form, is one console warning each; the form value still works', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <form id="newsletter"><input type="hidden" name="elsewhere" value="" /></form>
        <form id="request">
          <smp-assessment name="assessment" persist="none" summary-field="nope"></smp-assessment>
        </form>
      </div>`,
    );
    const form = page.querySelector<HTMLFormElement>('#request')!;
    const el = form.querySelector('smp-assessment')!;
    await settle(el);
    const warn = stubWarn();
    try {
      await complete(el);
      el.reset();
      await settle(el);
      const text = await complete(el);
      el.summaryField = 'elsewhere';
      await settle(el);
      el.summaryField = 'nope';
      await settle(el);
      const ours = warn.calls.filter((args) => String(args[0]).includes('summary-field'));
      expect(ours.map((args) => String(args[0]))).to.deep.equal([
        '<smp-assessment>: summary-field="nope" names no input or textarea in its form; the summary text goes only into the element\'s own form value.',
        '<smp-assessment>: summary-field="elsewhere" names no input or textarea in its form; the summary text goes only into the element\'s own form value.',
      ]);
      expect(page.querySelector<HTMLInputElement>('[name="elsewhere"]')!.value, "another form's field").to.equal('');
      expect(new FormData(form).get('assessment'), 'the form value is set as ever').to.equal(text);
    } finally {
      warn.restore();
    }
  });

  it('Start again empties a field that still holds an earlier summary (a textarea the browser restored)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><textarea name="smp-summary"></textarea></form>`);
    const field = form.querySelector('textarea')!;
    let el = await mountLocal('k-summary-field', 'summary-field="smp-summary"');
    form.append(el);
    await settle(el);
    const text = await complete(el);
    expect(field.value).to.equal(text);

    // A reload: a new element, a draft on the device, and the page's field still holding the old text.
    el.remove();
    el = await mountLocal('k-summary-field', 'summary-field="smp-summary"');
    form.append(el);
    await settle(el);
    expect(part(el, 'restart-button'), 'the intro offers Start again').to.exist;
    expect(field.value, 'loading the page leaves the field alone').to.equal(text);
    const events = countEvents(field);
    await click(el, 'restart-button');
    expect(field.value).to.equal('');
    expect(events).to.deep.equal({ input: 1, change: 1 });
  });

  it('a language change after finishing puts the re-worded text into the field', async () => {
    const { form, el, field } = await inForm(`<form>
      <input type="hidden" name="smp-summary" data-field>
      <smp-assessment name="assessment" persist="none" summary-field="smp-summary"></smp-assessment>
    </form>`);
    const english = await complete(el);
    const events = countEvents(field);
    el.setAttribute('lang', 'es');
    await waitUntil(() => field.value !== english, 'the field was re-worded', { timeout: 5000 });
    // A Spanish patient's text opens with the clinic's English copy, then the patient's own.
    expect(field.value).to.match(/^Answered in Spanish \/ Respondido en español\n/);
    expect(field.value).to.include('\nSu resumen de SMP');
    expect(field.value).to.equal(new FormData(form).get('assessment'));
    expect(events).to.deep.equal({ input: 1, change: 1 });
  });

  it('outside any form, it fills the page field with that id (a form builder form next to the widget)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <smp-assessment persist="none" summary-field="hs-smp-summary"></smp-assessment>
        <form class="hs-form"><input type="hidden" id="hs-smp-summary" name="smp_summary" /></form>
      </div>`,
    );
    const el = page.querySelector('smp-assessment')!;
    await settle(el);
    const text = await complete(el);
    expect(new FormData(page.querySelector('form')!).get('smp_summary')).to.equal(text);
    const screen = part(el, 'summary')!.closest('[part="step"]')!.textContent!;
    expect(screen, 'the summary goes with that form: no "copy it and add it" advice').to.include(
      en.summary.readyNotSent,
    );
    expect(screen).to.not.include('To share it, copy or download it');
    el.reset();
    await settle(el);
    expect(new FormData(page.querySelector('form')!).get('smp_summary')).to.equal('');
  });
});
