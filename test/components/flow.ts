// Shared steps for browser tests: whole journeys, a console.warn stub, storage snapshots.
import { fixture } from '@open-wc/testing';
import type { Answers } from '../../src/model/answers.js';
import { answerAll, click, currentStep, mount, settle, shadow, answerStep, type Widget } from './helpers.js';

/** Mounts a widget that keeps no draft, clicks Start and answers everything up to the review. */
export async function toReview(answers: Answers, el?: Widget): Promise<Widget> {
  const widget = el ?? (await mount());
  // A widget inside another fixture (a form) renders a task after that fixture resolves.
  await settle(widget);
  if (currentStep(widget) === 'intro') await click(widget, 'start-button');
  await answerAll(widget, answers);
  return widget;
}

/** Clicks the finish button on the review and waits for the summary screen. */
export async function finish(el: Widget): Promise<void> {
  await click(el, 'finish-button');
  for (let i = 0; i < 20 && currentStep(el) !== 'summary'; i++) await settle(el);
  if (currentStep(el) !== 'summary') throw new Error(`finish did not reach the summary (on ${currentStep(el)})`);
}

/** A whole journey from the intro to the summary. */
export async function toSummary(answers: Answers, el?: Widget): Promise<Widget> {
  const widget = await toReview(answers, el);
  await finish(widget);
  return widget;
}

/** Mounts with a draft kept in localStorage under `smp-assessment:<key>`. */
export async function mountLocal(key: string, extra = ''): Promise<Widget> {
  const el = await fixture<Widget>(`<smp-assessment storage-key="${key}" ${extra}></smp-assessment>`);
  await settle(el);
  return el;
}

/** Replaces console.warn with a recorder; call `restore()` in a finally. */
export function stubWarn(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console.warn = original) };
}

/** The text a patient sees in the shadow root (textContent of the current step). */
export function stepText(el: Widget): string {
  return shadow(el).querySelector('[part="step"]')!.textContent ?? '';
}

/** Ids of the questions rendered on the current step (input, textarea names), in order, without duplicates. */
export function renderedQuestions(el: Widget): string[] {
  const names = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name], textarea[name]')].map((i) => i.name);
  return [...new Set(names)];
}

/** Like answerAll, but stops as soon as the flow reaches `stop` (without answering it). */
export async function answerUntil(el: Widget, answers: Answers, stop: string): Promise<void> {
  for (let guard = 0; guard < 40 && currentStep(el) !== stop; guard++) {
    const step = currentStep(el);
    if (step === 'review') throw new Error(`reached the review before ${stop}`);
    await answerStep(el, answers);
    await click(el, 'continue-button');
    if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
  }
}

/** The inputs checked on the current step, as `id=code`. */
export function checkedOnStep(el: Widget): string[] {
  return [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
}
