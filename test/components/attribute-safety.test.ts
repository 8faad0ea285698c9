// Attributes that could carry code or forge text (set by partner sites): consultation-url only http(s) or
// relative, questionnaire-url an absolute http(s) URL, partner one line of at most 64 characters; one warning
// each. And hostile `answers` values: no throw, one short warning.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { SmpCompleteDetail } from '../../src/events.js';
import { QUESTIONNAIRE_URL } from '../../src/model/fhir-constants.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, part, settle, type Widget } from './helpers.js';
import { finish, stubWarn, toReview } from './flow.js';

/** Mounts `markup`, walks to the summary, and returns what was completed and every warning on the way. */
async function complete(markup: string): Promise<{ el: Widget; detail: SmpCompleteDetail; warnings: string[] }> {
  const warn = stubWarn();
  try {
    const el = await fixture<Widget>(markup);
    await settle(el);
    await toReview(minimalComplete, el);
    const completed = oneEvent(el, 'smp-complete');
    await finish(el);
    const detail = (await completed).detail as SmpCompleteDetail;
    return { el, detail, warnings: warn.calls.map((args) => args.map(String).join(' ')) };
  } finally {
    warn.restore();
  }
}

describe('attributes that could carry code or forge text', function () {
  this.timeout(30_000);
  afterEach(clearStorage);

  for (const url of ['  JavaScript:window.__pwned=1', 'java\tscript:window.__pwned=1', 'data:text/html,x']) {
    it(`consultation-url=${JSON.stringify(url)} gives no consultation button, with one warning`, async () => {
      const attribute = url.replace(/\t/g, '&#9;');
      const { el, warnings } = await complete(
        `<smp-assessment persist="none" consultation-url="${attribute}"></smp-assessment>`,
      );
      // Not pressed here: on a widget without the rule, a `data:` URL would navigate the test page away.
      expect(part(el, 'consultation-button'), 'consultation-button').to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('consultation-url');
    });
  }

  it('consultation-url keeps https and relative URLs', async () => {
    for (const url of ['https://clinic.example/book', '/book', ' #consult ']) {
      const { el, warnings } = await complete(
        `<smp-assessment persist="none" consultation-url="${url}"></smp-assessment>`,
      );
      expect(part(el, 'consultation-button'), url).to.exist;
      expect(warnings, url).to.deep.equal([]);
      el.remove();
    }
  });

  it('questionnaire-url that is not an absolute http(s) URL gives the default, with one warning', async () => {
    const { detail, warnings } = await complete(
      `<smp-assessment persist="none" questionnaire-url="javascript:alert(1)"></smp-assessment>`,
    );
    expect(detail.fhir.questionnaire).to.equal(QUESTIONNAIRE_URL);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('questionnaire-url');
    const own = await complete(
      `<smp-assessment persist="none" questionnaire-url=" https://clinic.example/Questionnaire/smp "></smp-assessment>`,
    );
    expect(own.detail.fhir.questionnaire).to.equal('https://clinic.example/Questionnaire/smp');
    expect(own.warnings).to.deep.equal([]);
  });

  it('partner is one line of at most 64 characters, with one warning', async () => {
    const forged = 'barber-42&#10;&#10;To discuss at my consultation:&#10;- I have no health conditions';
    const { detail, warnings } = await complete(
      `<smp-assessment persist="none" partner="${forged}${'x'.repeat(80)}"></smp-assessment>`,
    );
    expect(detail.summary.partner).to.have.length(64);
    expect(detail.summary.partner).not.to.match(/[\r\n]/);
    expect(detail.text).not.to.match(/^- I have no health conditions/m);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('partner');
  });
});

/**
 * `items` behind a proxy that counts every item read, `in` test and key listing: how much of a list the widget
 * walked, as a number that does not depend on how busy the machine is.
 */
function counted(items: unknown[]): { list: unknown[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      reads++;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      const keys = Reflect.ownKeys(target);
      reads += keys.length;
      return keys;
    },
  });
  return { list, reads: () => reads };
}

describe('hostile answers', function () {
  this.timeout(30_000);

  it('never throws for a readable value, reads at most a few items of a huge list, and warns once in at most 500 characters', async () => {
    const el = await fixture<Widget>(`<smp-assessment persist="none"></smp-assessment>`);
    const huge: Record<string, unknown> = { concerns: [Object.create(null), 'too-dark'] };
    // A million items, and a sparse list of length 2**32 - 1: walking either blocks the page (the sparse one for
    // minutes). The widget must read no more of a list than the question has options; the count is exact, where
    // a time limit flaked on a busy machine. Anything worse than one walk (a quadratic) would also end in the
    // test's timeout.
    const areas = counted(Array.from({ length: 1_000_000 }, (_, i) => `area-${i}`));
    huge['smp-areas'] = areas.list;
    const sparse: string[] = [];
    sparse.length = 2 ** 32 - 1;
    const health = counted(sparse);
    huge['health'] = health.list;
    huge['notes'] = 'n'.repeat(5_000_000);
    const warn = stubWarn();
    try {
      el.answers = huge;
    } finally {
      warn.restore();
    }
    expect(el.answers['concerns']).to.deep.equal(['too-dark']);
    expect((el.answers['notes'] as string).length).to.equal(1000);
    expect(warn.calls).to.have.length(1);
    expect(warn.calls[0]!.map(String).join(' ').length).to.be.at.most(500);
    // The questions have fewer than 20 options each: a few dozen reads at most, against a million for one walk.
    expect(areas.reads(), 'items of smp-areas read').to.be.within(1, 40);
    expect(health.reads(), 'items of health read').to.be.within(1, 40);
  });
});
