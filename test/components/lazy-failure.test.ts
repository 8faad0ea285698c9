// A file that cannot load: the summary, the photo code and Spanish are lazy chunks. When one
// cannot be fetched (offline for a moment, a partner who copied only the bundle, a blocked file), the patient is told
// in plain words in a role="alert" inside the widget, the step and every answer stay, and pressing the same button
// again asks for the file anew. Each test runs in an iframe under a path of its own (`/fresh-<id>/`), so no module
// of it was loaded by another document; files are made unreachable by the test server (`/__smp-block`).
import { expect } from '@open-wc/testing';
import { LANGUAGE_NOT_LOADED } from '../../src/locales/index.js';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import { closeFrames, openFrame, requireBuilt, until, type Frame } from './frame.js';
import { alerts, answerAll, answerStep, clearStorage, click, currentStep, part, settle, shadow } from './helpers.js';

let opened = 0;
/** The page from source or from the bundle, under a path no other document has used. */
const freshPage = (variant: 'src' | 'bundle') =>
  `/fresh-${Date.now()}-${opened++}/test/components/pages/fresh-${variant}.html`;

const CHUNKS = {
  summary: 'summary-screen',
  summaryField: '/controllers/summary-field\\.ts|bundle\\.summary-field-',
  attributeWarnings: '/components/attribute-warnings\\.ts|bundle\\.attribute-warnings-',
  photos: '/photos/process\\.ts|bundle\\.process-',
  spanish: '/locales/es\\.ts|bundle\\.es-',
  pictures: '/components/illustrations\\.ts|bundle\\.illustrations-',
  laterViews: '/components/later-steps\\.ts|bundle\\.later-steps-',
  laterWords: '/locales/en-later\\.ts|bundle\\.en-later-',
};

async function block(pattern: string): Promise<void> {
  await fetch(`/__smp-block?add=${encodeURIComponent(pattern)}`, { cache: 'no-store' });
}
async function unblock(): Promise<void> {
  await fetch('/__smp-block?clear', { cache: 'no-store' });
}

async function toReview(frame: Frame): Promise<void> {
  const { el } = frame;
  el.answers = minimalComplete;
  await click(el, part(el, 'restart-button') ? 'restart-button' : 'start-button');
  await answerAll(el, minimalComplete);
}

const requireBundle = (context: Mocha.Context) =>
  requireBuilt(context, '/dist/smp-assessment.bundle.js', 'bundle variant skipped');

/** A photo as a patient's phone gives it, made in the frame's realm. */
async function addPhoto(frame: Frame): Promise<void> {
  const canvas = new frame.win.OffscreenCanvas(64, 48);
  canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg' });
  const input = shadow(frame.el).querySelector<HTMLInputElement>('input[type="file"][name="photo-front"]')!;
  const transfer = new frame.win.DataTransfer();
  transfer.items.add(new frame.win.File([blob], 'scalp.jpg', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new frame.win.Event('change', { bubbles: true }));
}

describe('a lazy part that cannot load', () => {
  beforeEach(async () => {
    clearStorage();
    await unblock();
  });
  afterEach(async () => {
    closeFrames();
    clearStorage();
    await unblock();
  });

  for (const variant of ['src', 'bundle'] as const) {
    it(`${variant}: Finish without the summary file says so on the review, keeps every answer, throws nothing`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.summary);
      const frame = await openFrame(freshPage(variant));
      const { el, probe } = frame;
      await toReview(frame);
      const answers = el.answers;
      part(el, 'finish-button')!.click();
      await until(() => alerts(el).includes(en.problems.notLoaded), 'the alert on the review');
      await settle(el);
      expect(currentStep(el)).to.equal('review');
      expect(el.answers).to.deep.equal(answers);
      expect(el.summary).to.equal(null);
      expect(probe.errors).to.deep.equal([]);

      if (variant === 'src') return;
      // Back online: the same button asks for the file again under a new URL, and the summary shows.
      await unblock();
      await click(el, 'finish-button');
      expect(el.summary?.answers.length).to.be.greaterThan(0);
      expect(alerts(el)).to.deep.equal([]);
      const summaryLoads = frame.win.performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => name.includes('summary-screen'));
      expect(summaryLoads.some((name) => /\?retry=\d+$/.test(name))).to.equal(true);
    });

    it(`${variant}: Finish without the summary field's writer says so on the review, and never shows a summary the field lacks`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.summaryField);
      const frame = await openFrame(freshPage(variant));
      const { el, doc, probe } = frame;
      const field = doc.createElement('input');
      field.type = 'hidden';
      field.id = 'smp-summary';
      doc.body.append(field);
      el.setAttribute('summary-field', 'smp-summary');
      await toReview(frame);
      part(el, 'finish-button')!.click();
      await until(() => alerts(el).includes(en.problems.notLoaded), 'the alert on the review');
      await settle(el);
      expect(currentStep(el)).to.equal('review');
      expect(el.summary).to.equal(null);
      expect(field.value).to.equal('');
      expect(probe.errors).to.deep.equal([]);

      if (variant === 'src') return;
      // Back online: Finish asks for the writer again under a new URL, and the field gets the summary's text.
      await unblock();
      await click(el, 'finish-button');
      expect(currentStep(el)).to.equal('summary');
      expect(field.value).to.include('Kirby-Desai');
      expect(alerts(el)).to.deep.equal([]);
    });

    it(`${variant}: a bad attribute value still falls back when its warning's words cannot load, and the console says so`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.attributeWarnings);
      const frame = await openFrame(freshPage(variant));
      const { el, probe } = frame;
      el.setAttribute('theme', 'neon');
      await settle(el);
      expect(el.theme).to.equal('auto');
      await until(() => probe.errors.length, 'the console error');
      expect(probe.errors).to.have.length(1);
      expect(probe.errors[0]).to.include('warnings about bad attribute values could not load');
      expect(alerts(el), 'a developer matter: nothing on screen').to.deep.equal([]);
    });

    it(`${variant}: a photo whose code cannot load says so and clears "Getting your photo ready"`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.photos);
      const frame = await openFrame(freshPage(variant));
      const { el, probe } = frame;
      el.answers = minimalComplete;
      await click(el, 'start-button');
      while (currentStep(el) !== 'photos') await click(el, 'continue-button');
      await addPhoto(frame);
      await until(() => alerts(el).includes(en.problems.photoNotLoaded), 'the photo alert');
      await settle(el);
      expect(shadow(el).textContent).not.to.include(en.photos.processing);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="photo-front"]')!.disabled).to.equal(false);
      expect(probe.errors).to.deep.equal([]);

      if (variant === 'src') return;
      await unblock();
      await addPhoto(frame);
      await until(() => shadow(el).querySelector('.photo-picture img'), 'the thumbnail', 8000);
      expect(alerts(el)).to.deep.equal([]);
    });

    it(`${variant}: pictures that cannot load leave the options without them, silently, and come at a later step`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.pictures);
      const frame = await openFrame(freshPage(variant));
      const { el, probe } = frame;
      el.answers = minimalComplete;
      await click(el, 'start-button');
      while (currentStep(el) !== 'smp-areas') await click(el, 'continue-button');
      // Decorative: once the request has failed, the options are all there with their words, no picture, no alert.
      const asked = () => frame.win.performance.getEntriesByType('resource').some((r) => /illustrations/.test(r.name));
      await until(asked, 'the pictures requested');
      await settle(el);
      const labels = [...shadow(el).querySelectorAll('input[name="smp-areas"] + label')];
      expect(labels.length).to.be.greaterThan(3);
      expect(labels.every((label) => !label.querySelector('svg') && label.textContent!.trim())).to.equal(true);
      expect(alerts(el)).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);

      if (variant === 'src') return;
      // Asked for again, under a new URL, at the next step change; the step on screen gets them when they come.
      await unblock();
      await click(el, 'continue-button');
      await click(el, 'back-button');
      await until(() => shadow(el).querySelector('input[name="smp-areas"] + label svg'), 'the pictures', 8000);
      expect(alerts(el)).to.deep.equal([]);
    });

    for (const chunk of ['laterViews', 'laterWords'] as const) {
      it(`${variant}: Continue on the first question without the next steps' ${chunk} says so, stays, keeps the answers`, async function () {
        if (variant === 'bundle') await requireBundle(this);
        await block(CHUNKS[chunk]);
        const frame = await openFrame(freshPage(variant));
        const { el, probe } = frame;
        await click(el, 'start-button');
        await answerStep(el, minimalComplete);
        const answers = el.answers;
        part(el, 'continue-button')!.click();
        await until(() => alerts(el).includes(en.problems.notLoaded), 'the alert on the first question');
        await settle(el);
        expect(currentStep(el)).to.equal('smp-history');
        expect(el.answers).to.deep.equal(answers);
        expect(probe.errors).to.deep.equal([]);

        if (variant === 'src') return;
        // Back online: Continue asks again, under a new URL, and the next step shows.
        await unblock();
        await click(el, 'continue-button');
        expect(currentStep(el)).to.not.equal('smp-history');
        expect(alerts(el)).to.deep.equal([]);
      });
    }

    it(`${variant}: Spanish that cannot load shows English with a notice in both languages`, async function () {
      if (variant === 'bundle') await requireBundle(this);
      await block(CHUNKS.spanish);
      const frame = await openFrame(freshPage(variant));
      const { el, probe } = frame;
      el.setAttribute('lang', 'es');
      await until(() => alerts(el).includes(LANGUAGE_NOT_LOADED.es), 'the bilingual notice');
      expect(part(el, 'start-button')!.textContent!.trim()).to.equal(en.intro.start);
      expect(probe.errors).to.deep.equal([]);

      if (variant === 'src') return;
      // Tried again at the next step change.
      await unblock();
      await click(el, 'start-button');
      await until(() => part(el, 'continue-button')?.textContent?.trim() === 'Continuar', 'the Spanish text', 8000);
      expect(alerts(el)).to.deep.equal([]);
    });
  }
});
