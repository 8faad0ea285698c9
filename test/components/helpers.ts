import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SmpAssessment } from '../../src/components/smp-assessment.js';
import { getQuestionStep } from '../../src/model/definition.js';

export type Widget = SmpAssessment;

/** Fresh storage for every test, so drafts of one test never leak into another. */
export function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('smp-assessment')) localStorage.removeItem(key);
}

export async function mount(template = html`<smp-assessment persist="none"></smp-assessment>`): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return el;
}

export function shadow(el: Widget): ShadowRoot {
  return el.shadowRoot!;
}

export function part(el: Widget, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The texts of the widget's `role="alert"` elements, as a screen reader would be told them. */
export function alerts(el: Widget): string[] {
  return [...shadow(el).querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim() ?? '');
}

export function currentStep(el: Widget): string {
  return shadow(el).querySelector<HTMLElement>('[part="step"]')!.dataset['step'] ?? '';
}

/** Waits for Lit's update and any async work it started (finishing builds the summary asynchronously). */
export async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/**
 * Waits until the widget has run the tasks it had queued (a host form's submit is judged in a task, once every
 * handler of the page had its turn), then a frame: after it, what the widget was going to do is done.
 */
export async function afterQueuedTasks(el: Widget): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await settle(el);
}

/**
 * Shown = stored: every choice input on screen is checked exactly when its code is in `el.answers`, and every
 * text field holds exactly the stored text. Throws with the differences, so any journey that moves a step
 * through `click` or `waitForStep` proves it after each step change.
 */
export function expectScreenMatchesAnswers(el: Widget): void {
  const answers = el.answers;
  const problems: string[] = [];
  for (const input of shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    const stored = answers[input.name];
    const expected = Array.isArray(stored) ? stored.includes(input.value) : stored === input.value;
    if (input.checked !== expected) {
      problems.push(`${input.name}=${input.value} is ${input.checked ? 'checked' : 'unchecked'} on screen`);
    }
  }
  for (const area of shadow(el).querySelectorAll<HTMLTextAreaElement>('textarea')) {
    const stored = answers[area.name];
    const expected = typeof stored === 'string' ? stored : '';
    if (area.value !== expected) problems.push(`${area.name} shows ${JSON.stringify(area.value)}`);
  }
  if (problems.length) {
    throw new Error(
      `screen differs from answers on step ${currentStep(el)}: ${problems.join('; ')} (answers: ${JSON.stringify(answers)})`,
    );
  }
}

export async function click(el: Widget, partName: string): Promise<void> {
  const target = part(el, partName);
  if (!target) throw new Error(`no [part=${partName}] on step ${currentStep(el)}`);
  target.click();
  await settle(el);
  // Finishing loads the summary's lazy chunk (preloaded on the review) before the summary shows.
  if (partName === 'finish-button') await waitForStep(el, 'summary');
  expectScreenMatchesAnswers(el);
}

export async function waitForStep(el: Widget, step: string): Promise<void> {
  await waitUntil(() => currentStep(el) === step, `step ${step} did not show (on ${currentStep(el)})`, {
    timeout: 5000,
  });
  await settle(el);
  expectScreenMatchesAnswers(el);
}

/**
 * The questions a step holds, read from the definition (grouped and reveal steps hold several, the parent
 * first), so a test driver never hard-codes a grouping.
 */
export function stepQuestionIds(step: string): string[] {
  return getQuestionStep(step)?.questions.map((q) => q.id) ?? [step];
}

/** Ticks the native inputs of a question as a patient would, by clicking them. */
export async function choose(el: Widget, questionId: string, codes: string | string[]): Promise<void> {
  for (const code of Array.isArray(codes) ? codes : [codes]) {
    const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${questionId}"][value="${code}"]`);
    if (!input) throw new Error(`no input ${questionId}=${code} on step ${currentStep(el)}`);
    if (!input.checked) input.click();
    await el.updateComplete;
  }
}

export async function type(el: Widget, questionId: string, text: string): Promise<void> {
  const area = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[name="${questionId}"]`);
  if (!area) throw new Error(`no textarea ${questionId} on step ${currentStep(el)}`);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Answers the questions of the current step that `answers` has an entry for, by clicks and typing. */
export async function answerStep(el: Widget, answers: Record<string, string | string[]>): Promise<void> {
  for (const id of stepQuestionIds(currentStep(el))) {
    const value = answers[id];
    if (value === undefined) continue;
    if (shadow(el).querySelector(`textarea[name="${id}"]`)) await type(el, id, value as string);
    else await choose(el, id, value);
  }
}

/**
 * Answers every step from the current one to the review with `answers` (by clicks), then stops on the
 * review. Steps without an entry (photos, notes) are skipped with Continue.
 */
export async function answerAll(el: Widget, answers: Record<string, string | string[]>): Promise<void> {
  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    const step = currentStep(el);
    await answerStep(el, answers);
    await click(el, 'continue-button');
    if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
  }
}
