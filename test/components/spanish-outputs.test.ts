// What the clinic receives from a Spanish patient. clinic-lang (Spanish then the English copy, Spanish
// only, English only), the form value equal to smp-complete's text, the JSON with stable codes and Spanish
// labels, FHIR items in the patient's words, and dates formatted by Intl for the locale.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SmpCompleteEvent } from '../../src/events.js';
import type { QuestionnaireResponseItem } from '../../src/model/fhir-types.js';
import { getQuestion, isChoice } from '../../src/model/definition.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import type { Messages } from '../../src/locales/types.js';
import { everySection } from '../fixtures/answers.js';
import { answerAll, click, currentStep, mount, settle, type Widget } from './helpers.js';
import { englishLeaks, forbiddenWords, stepText, untilLocale } from './i18n-helpers.js';

function labelOf(messages: Messages, id: string): string {
  const question = getQuestion(id)!;
  if (isChoice(question)) return messages.choices[question.id].label;
  if (question.kind === 'text') return messages.texts[question.id].label;
  return messages.photos.title;
}

function optionOf(messages: Messages, id: string, code: string): string {
  return (messages.choices as unknown as Record<string, { options: Record<string, string> }>)[id]!.options[code]!;
}

/** Answers everything (every follow-up shown), finishes, and returns what `smp-complete` carried. */
async function completeAll(el: Widget): Promise<SmpCompleteEvent['detail']> {
  let detail: SmpCompleteEvent['detail'] | null = null;
  el.addEventListener('smp-complete', (e) => (detail = e.detail), { once: true });
  await click(el, 'start-button');
  await answerAll(el, everySection);
  await click(el, 'finish-button');
  await waitUntil(() => detail && currentStep(el) === 'summary', 'never reached the summary', { timeout: 5000 });
  await settle(el);
  return detail!;
}

/** Completes a widget named "smp" inside a form; returns the event detail and the form's entries. */
async function completeInForm(attributes: { lang?: string; clinicLang?: string }) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <smp-assessment name="smp" persist="none"></smp-assessment>
    </form>`,
  );
  const el = form.querySelector<Widget>('smp-assessment')!;
  if (attributes.lang) el.setAttribute('lang', attributes.lang);
  if (attributes.clinicLang) el.setAttribute('clinic-lang', attributes.clinicLang);
  await untilLocale(el, attributes.lang === 'es' ? 'es' : 'en');
  const detail = await completeAll(el);
  const data = new FormData(form);
  return {
    el,
    detail,
    text: data.get('smp') as string,
    json: JSON.parse(data.get('smp-json') as string) as unknown,
    fhir: JSON.parse(data.get('smp-fhir') as string) as unknown,
  };
}

describe('clinic-lang and the outputs', () => {
  it('lang="es" with the default clinic-lang: "Answered in Spanish" first, the English copy, then the Spanish one', async function () {
    this.timeout(30_000);
    const { detail, text, json, fhir } = await completeInForm({ lang: 'es' });
    expect(text, 'form value equals detail.text').to.equal(detail.text);
    expect(json).to.deep.equal(JSON.parse(JSON.stringify(detail.summary)));
    expect(fhir).to.deep.equal(JSON.parse(JSON.stringify(detail.fhir)));

    // Staff read their own language first, and learn at once that an interpreter may help.
    expect(text.split('\n')[0]).to.equal('Answered in Spanish / Respondido en español');
    const patientHeading = es.summary.clinicCopy(es.languageNames.es);
    expect(text).to.contain(es.summary.change);
    expect(text).to.contain(en.summary.change);
    expect(text).to.contain(patientHeading);
    const at = text.indexOf(patientHeading);
    const [english, spanish] = [text.slice(text.indexOf('\n'), at), text.slice(at)];
    expect(spanish).to.contain(es.summary.title);
    expect(spanish).to.contain(es.summary.discuss);
    expect(spanish).to.contain(es.summary.caveat);
    expect(englishLeaks(spanish), 'English in the Spanish part').to.deep.equal([]);
    expect(english).to.contain(en.summary.title);
    expect(english).to.contain(en.summary.discuss);
    expect(english).to.contain(en.summary.caveat);
    expect(english).to.contain(en.choices.goal.options['fade-for-redo']);
    expect(english).to.not.contain(es.summary.change);
    expect(english).to.not.contain(es.choices.goal.options['fade-for-redo']);
    // One reference, quoted in both copies.
    expect(spanish).to.contain(detail.summary.reference);
    expect(english).to.contain(detail.summary.reference);
    expect(forbiddenWords(text)).to.deep.equal([]);
  });

  it('clinic-lang="es" with lang="es": Spanish only', async function () {
    this.timeout(30_000);
    const { detail, text } = await completeInForm({ lang: 'es', clinicLang: 'es' });
    expect(text).to.equal(detail.text);
    expect(text).to.contain(es.summary.change);
    expect(text).to.not.contain(en.summary.change);
    expect(text).to.not.contain(en.summary.clinicCopy(en.languageNames.en));
    expect(text).to.not.contain(es.summary.clinicCopy(es.languageNames.es));
    expect(englishLeaks(text), 'English in the Spanish-only text').to.deep.equal([]);
    expect(forbiddenWords(text)).to.deep.equal([]);
  });

  it('lang="en": English only; lang="en" clinic-lang="es": English, then the Spanish copy', async function () {
    this.timeout(30_000);
    const english = await completeInForm({ lang: 'en' });
    expect(english.text).to.contain(en.summary.change);
    for (const spanish of [es.summary.change, es.summary.title, es.summary.caveat, es.languageNames.es]) {
      expect(english.text).to.not.contain(spanish);
    }
    expect(english.detail.summary.locale).to.equal('en');
    expect(forbiddenWords(english.text)).to.deep.equal([]);

    const both = await completeInForm({ lang: 'en', clinicLang: 'es' });
    expect(both.text.split('\n')[0]).to.equal('Respondido en inglés / Answered in English');
    const at = both.text.indexOf(en.summary.clinicCopy(en.languageNames.en));
    expect(at, 'the English (patient) copy heading').to.be.greaterThan(0);
    expect(both.text.indexOf(es.summary.change), 'the clinic copy (Spanish) first').to.be.lessThan(at);
    expect(both.text.indexOf(en.summary.change)).to.be.greaterThan(at);
  });

  it('the JSON has locale "es", the same codes as English and Spanish labels; FHIR carries Spanish wording', async function () {
    this.timeout(30_000);
    const spanish = (await completeInForm({ lang: 'es' })).detail;
    const english = (await completeInForm({ lang: 'en' })).detail;
    const s = spanish.summary;
    const e = english.summary;
    expect(s.locale).to.equal('es');
    expect(s.schema).to.equal('smp-assessment/2');

    // Codes are language-neutral: identical to the English summary of the same answers.
    expect(s.categories).to.deep.equal(e.categories);
    expect(s.concerns.map((c) => c.code)).to.deep.equal(everySection['concerns']);
    expect(s.concerns.map((c) => [c.code, c.details.map((d) => [d.question, d.codes])])).to.deep.equal(
      e.concerns.map((c) => [c.code, c.details.map((d) => [d.question, d.codes])]),
    );
    expect(s.goal?.code).to.equal(e.goal?.code);
    expect(s.flags.map((f) => [f.question, f.code])).to.deep.equal(e.flags.map((f) => [f.question, f.code]));
    expect(s.answers.map((a) => [a.id, a.codes, a.text])).to.deep.equal(e.answers.map((a) => [a.id, a.codes, a.text]));
    expect(s.estimate?.scores).to.deep.equal(e.estimate?.scores);

    // Labels are the patient's (Spanish) wording.
    for (const concern of s.concerns) {
      expect(concern.label).to.equal(
        es.choices.concerns.options[concern.code as keyof typeof es.choices.concerns.options],
      );
      for (const detail of concern.details) {
        expect(detail.labels).to.deep.equal(detail.codes.map((code) => optionOf(es, detail.question, code)));
      }
    }
    expect(s.goal).to.deep.equal({ code: 'fade-for-redo', label: es.choices.goal.options['fade-for-redo'] });
    for (const flag of s.flags) expect(flag.label).to.equal(optionOf(es, flag.question, flag.code));
    for (const answer of s.answers) {
      expect(answer.question, answer.id).to.equal(labelOf(es, answer.id));
      if (answer.codes) {
        expect(answer.labels, answer.id).to.deep.equal(answer.codes.map((code) => optionOf(es, answer.id, code)));
      }
    }
    expect(s.estimate?.caveat).to.equal(es.summary.caveat);

    // FHIR: same codes and system as English; text and display in Spanish.
    const items = (spanish.fhir.item ?? []) as QuestionnaireResponseItem[];
    const englishItems = (english.fhir.item ?? []) as QuestionnaireResponseItem[];
    expect(items.map((i) => i.linkId)).to.deep.equal(englishItems.map((i) => i.linkId));
    expect(items.length).to.be.greaterThan(20);
    items.forEach((item, index) => {
      if (item.linkId === 'photos') return;
      expect(item.text, item.linkId).to.equal(labelOf(es, item.linkId));
      const englishAnswers = englishItems[index]!.answer ?? [];
      (item.answer ?? []).forEach((answer, i) => {
        const coding = answer.valueCoding;
        if (!coding) return;
        expect(coding.code).to.equal(englishAnswers[i]!.valueCoding!.code);
        expect(coding.system).to.equal(englishAnswers[i]!.valueCoding!.system);
        expect(coding.display, `${item.linkId}=${coding.code}`).to.equal(optionOf(es, item.linkId, coding.code!));
      });
    });
    expect((spanish.fhir as { language?: string }).language).to.equal('es');
  });
});

describe('dates and numbers from Intl', () => {
  it('the Spanish summary shows the completed date in Spanish, as Intl formats it', async function () {
    this.timeout(30_000);
    const el = await mount(html`<smp-assessment persist="none" lang="es"></smp-assessment>`);
    await untilLocale(el, 'es');
    const detail = await completeAll(el);
    const date = new Date(detail.summary.completedAt);
    // As US Spanish speakers read it, with the time zone: "14 de marzo de 2025, 4:26 p.m. CDT".
    const usDate = (locale: string) => {
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
      const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
      return `${day}, ${time.format(date)}`.replace(/[\u00a0\u202f]/g, ' ');
    };
    const expected = usDate('es-US');
    const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(date);
    const englishMonth = new Intl.DateTimeFormat('en', { month: 'long' }).format(date);
    const screen = stepText(el);
    expect(screen).to.contain(expected);
    expect(screen).to.contain(month);
    expect(screen).to.not.contain(englishMonth);
    expect(detail.text).to.contain(`${es.summary.completed}: ${expected}`);
    // The English copy for the clinic carries the English date.
    expect(detail.text).to.contain(`${en.summary.completed}: ${usDate('en-US')}`);
    // The estimate band in Spanish words, or the Spanish sentence that there is none.
    const { low, high } = detail.summary.estimate!;
    expect(screen).to.contain(
      low === null || high === null ? es.summary.estimateNone : es.summary.estimateRange(low, high),
    );
  });
});
