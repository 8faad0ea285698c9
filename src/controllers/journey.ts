import type { ReactiveElement } from 'lit';
import { describeDropped, sanitizeAnswers, type Answers } from '../model/answers.js';
import { withChoice, withText } from '../model/answer-edits.js';
import { pruneAnswers } from '../model/conditions.js';
import { getQuestion, type StepId } from '../model/definition.js';
import { nextStep, progressOf } from '../model/navigation.js';
import { makeReference } from '../model/reference.js';
import { INITIAL_FLOW, stepFlow, type FlowAction, type FlowState } from '../model/step-flow.js';
import { isComplete } from '../model/validation.js';
import { smpEvent, type SmpCompleteDetail, type SmpStepDetail } from '../events.js';
import { secureRandom } from '../secure-random.js';
import type { CompletedMeta, CompletionController } from './completion.js';
import type { CountAnnouncer } from './count-announcer.js';
import type { DraftController } from './draft.js';
import type { DraftContent } from './draft-store.js';
import type { FocusController } from './focus.js';
import type { LocaleController } from './locale-controller.js';
import type { PhotoDrafts } from './photo-drafts.js';

/** What a move sets off in the element's other controllers. */
export interface JourneyParts<C extends SmpCompleteDetail> {
  readonly draft: DraftController;
  readonly photos: PhotoDrafts;
  readonly finished: CompletionController<C>;
  /** The summary screen's chunk (preloaded on the review) and its status line (emptied on each move). */
  readonly summaryScreen: { status: string | null; load(): Promise<unknown> };
  readonly focus: FocusController;
  readonly counts: CountAnnouncer;
  readonly i18n: LocaleController;
  /** The steps after the first question: their chunk and words, and the options' pictures (LaterStepsController). */
  readonly later: { waitsFor(step: string): boolean; load(): Promise<unknown>; preload(): void; arrived(): void };
  /**
   * The form value, validity and states follow the answers and the step (`sync`); a reset also empties the host
   * form's summary field (`clearField`), whose writer finishing waits for (`fieldReady`). The
   * FormAssociationController.
   */
  readonly form: { sync(): void; clearField(): void; fieldReady(): Promise<void> };
}

/**
 * The patient's journey: where they are (`flow`, changed only through the pure `stepFlow` reducer), what they
 * answered, and what each of their moves sets off: focus, the draft, the form value, the `smp-step` event, and
 * the summary (and `smp-complete` on Finish, `smp-reset` on a reset). The frame draws from `flow` and `answers`,
 * and its buttons call these methods.
 */
export class Journey<C extends SmpCompleteDetail> {
  private flowValue: FlowState = INITIAL_FLOW;
  private answersValue: Answers = {};
  private problemValue: string | null = null;
  /** A move waiting for the later steps' chunk (see waitForLater). */
  private pendingValue: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly parts: JourneyParts<C>,
  ) {}

  get flow(): FlowState {
    return this.flowValue;
  }
  private set flow(flow: FlowState) {
    this.flowValue = flow;
    this.host.requestUpdate();
    // A later step reached without a move (answers set from code, another tab, the browser's restore) asks for
    // its chunk here; it shows once that arrives, or says why not.
    if (this.parts.later.waitsFor(flow.step)) {
      this.parts.later.load().catch(() => (this.problem = this.notLoaded));
    }
  }

  /** The plain words shown when a part of the widget (a lazy chunk) could not be fetched. */
  private get notLoaded(): string {
    return this.parts.i18n.messages.problems.notLoaded;
  }

  /** A move that waits for the later steps' chunk, until its step is shown (or the patient told why not). */
  get pendingMove(): Promise<void> | null {
    return this.pendingValue;
  }

  get step(): StepId {
    return this.flowValue.step;
  }

  get answers(): Answers {
    return this.answersValue;
  }

  /** On the intro with no answers: a saved draft is offered there, and nothing is in progress. */
  get idle(): boolean {
    return this.step === 'intro' && !Object.keys(this.answers).length;
  }

  /** What the draft saves now (with when and under which reference the patient finished), or null on the intro. */
  get draftContent(): DraftContent | null {
    if (this.step === 'intro') return null;
    const { step, answers, flow } = this;
    return { step, answers, fromReview: flow.fromReview, completed: this.parts.finished.meta };
  }

  /** A plain-words problem shown as an alert on the current step (a part that could not load, a blocked form). */
  get problem(): string | null {
    return this.problemValue;
  }
  set problem(problem: string | null) {
    this.problemValue = problem;
    this.host.requestUpdate();
  }

  /**
   * Answers set from code (prefill), any value: unknown ids and codes are dropped with one warning, and answers
   * to questions not shown removed. They invalidate a finished summary, and may hide the step on screen.
   */
  prefill(value: unknown): void {
    const { answers, dropped } = sanitizeAnswers(value);
    if (dropped.length) console.warn(describeDropped(dropped));
    const shown = pruneAnswers(answers);
    this.setAnswers(shown);
    this.flow = stepFlow(this.flow, { type: 'prefill', answers: shown });
  }

  /** What the browser keeps of the form for back/forward navigation: the answers and the step. */
  get restoreState(): string {
    return JSON.stringify({ answers: this.answers, step: this.step });
  }

  /** The browser gave back a `restoreState` (back/forward navigation): its answers are prefilled, then its step. */
  restore(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as { answers?: unknown; step?: unknown };
      this.prefill(saved.answers);
      const step = typeof saved.step === 'string' ? saved.step : '';
      this.flow = stepFlow(this.flow, { type: 'restore', step, answers: this.answers });
    } catch {
      // A browser-restored state we cannot read is ignored: the draft, if any, still resumes.
    }
  }

  /** Another tab changed the draft: this one follows, on the same step if it is still there. */
  sync(answers: Answers, fromReview: boolean): void {
    this.answersValue = answers;
    this.parts.finished.clear();
    this.flow = stepFlow(this.flow, { type: 'sync', fromReview, answers });
    this.parts.form.sync();
  }

  /** Clears answers, the draft, photos, the summary and the form value, and goes back to the intro. */
  clear(): void {
    const { draft, photos, finished } = this.parts;
    draft.clear();
    void photos.clear();
    this.answersValue = {};
    finished.clear();
    this.flow = stepFlow(this.flow, { type: 'reset' });
    draft.found = false;
    this.parts.form.clearField();
    this.parts.form.sync();
  }

  /** `reset()`: clears everything and fires `smp-reset`; focus inside the widget moves to the intro's heading. */
  reset(): void {
    this.parts.focus.reset();
    this.clear();
    this.host.dispatchEvent(smpEvent('smp-reset', {}));
  }

  /** Start keeps answers prefilled through the `answers` property; Start again (restart) clears them. */
  start = (): void => {
    // Photos left by a draft that ended without deleting them (a page closed mid-delete) go before any is added.
    if (this.parts.draft.store) void this.parts.photos.sweep();
    this.move({ type: 'start', answers: this.answers });
  };

  resume = (): void => {
    const { draft, photos, finished } = this.parts;
    const loaded = draft.load();
    if (loaded?.status !== 'found') return this.start();
    const saved = loaded.draft;
    this.answersValue = saved.answers;
    draft.found = false;
    const restored = photos.restore();
    if (saved.completed && isComplete(saved.answers)) {
      const completed = saved.completed;
      finished.meta = completed;
      // The summary lists the photos, so they are back before it is rebuilt.
      void restored.then(() => this.complete(completed, 'summary-restore'));
      return;
    }
    this.move({ type: 'resume', step: saved.step, fromReview: saved.fromReview, answers: saved.answers });
  };

  restart = (): void => {
    this.clear();
    this.move({ type: 'start', answers: this.answers });
  };

  back = (): void => this.move({ type: 'back', answers: this.answers });

  continue = (): void => this.move({ type: 'continue', answers: this.answers });

  change = (stepId: string, questionId: string): void => {
    this.move({ type: 'change', step: stepId as StepId, answers: this.answers });
    this.parts.focus.change(questionId);
  };

  finish = (): void => {
    void this.complete({ reference: makeReference(secureRandom), completedAt: new Date().toISOString() }, 'finish');
  };

  choose = (questionId: string, code: string, checked: boolean): void =>
    this.answered(questionId, withChoice(this.answers, questionId, code, checked));

  /** A typed note is stored at once; how many characters are left is said only after a pause (CountAnnouncer). */
  type(questionId: string, text: string): void {
    this.answered(questionId, withText(this.answers, questionId, text));
    this.parts.counts.typed(questionId, text);
  }

  /**
   * Typed-content events from inside the widget, handed over by the typing shield before the page could see them:
   * a typed note is stored, and Enter in a radio or checkbox continues.
   */
  typed(event: Event, target: EventTarget): void {
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type === 'file') return;
      // Enter in a radio or checkbox continues, and must not submit the host page's form.
      event.preventDefault();
      this.continue();
    } else if (event.type === 'input' && target instanceof HTMLTextAreaElement && getQuestion(target.name)) {
      this.type(target.name, target.value);
    }
  }

  private answered(questionId: string, answers: Answers): void {
    this.setAnswers(answers);
    this.flow = stepFlow(this.flow, { type: 'answered', questionId });
    // The patient is answering the first question: the steps after it are asked for now, so Continue rarely waits.
    this.parts.later.preload();
  }

  private setAnswers(answers: Answers): void {
    this.answersValue = answers;
    this.parts.finished.clear();
    this.parts.draft.save();
    this.parts.form.sync();
    this.host.requestUpdate();
  }

  private async complete(meta: CompletedMeta, cause: 'finish' | 'summary-restore'): Promise<void> {
    let completion: C;
    try {
      await this.parts.form.fieldReady();
      completion = await this.parts.finished.complete(meta);
    } catch {
      // The summary's file (or the summary field's writer) could not be fetched: the patient stays on the review
      // with every answer, is told in plain words, and pressing Finish again asks for the file anew.
      this.move({ type: 'showReview' });
      this.problem = this.notLoaded;
      return;
    }
    this.problem = null;
    this.move({ type: 'finish' });
    // Only the patient's Finish announces it: a finished draft shown again on Resume fires nothing.
    const detail: SmpCompleteDetail = completion;
    if (cause === 'finish') this.host.dispatchEvent(smpEvent('smp-complete', detail));
  }

  /**
   * The patient's move: the flow decides where they are. Continue that found problems focuses the error summary;
   * a move to a step moves focus to its heading, saves the draft, and `smp-step` reports progress only.
   */
  private move(action: FlowAction): void {
    const before = this.flow;
    const after = stepFlow(before, action);
    if (after !== before && !after.errors.length && this.parts.later.waitsFor(after.step)) {
      return this.waitForLater(action);
    }
    this.flow = after;
    if (this.flow === before) return;
    const { draft, summaryScreen, counts, focus, i18n } = this.parts;
    if (this.flow.errors.length) return focus.errors();
    const step = this.step;
    this.problem = null;
    draft.notSavingNotice = false;
    summaryScreen.status = null;
    counts.clear();
    focus.heading();
    i18n.retry();
    // Preload the summary's chunk while the patient reads the review, so Finish does not wait for it. A failed
    // preload says nothing yet: Finish loads it again, with a fresh request, and says so if that fails too.
    if (step === 'review') summaryScreen.load().catch(() => undefined);
    if (step !== nextStep('intro', this.answers)) this.parts.later.arrived();
    draft.save();
    this.parts.form.sync();
    const { index, total } = progressOf(step, this.answers);
    const detail: SmpStepDetail = { step, index, total };
    this.host.dispatchEvent(smpEvent('smp-step', detail));
  }

  /**
   * A move to a step after the first question whose chunk has not arrived: the patient stays where they are until
   * it does, then the move happens (with the answers as they are then); if it cannot load, they are told in plain
   * words, and pressing the button again asks anew.
   */
  private waitForLater(action: FlowAction): void {
    const before = this.flow;
    const move = this.parts.later.load().then(
      () => {
        if (this.flow !== before) return;
        this.move('answers' in action ? { ...action, answers: this.answers } : action);
      },
      () => {
        if (this.flow === before) this.problem = this.notLoaded;
      },
    );
    const pending: Promise<void> = move.finally(() => {
      if (this.pendingValue === pending) this.pendingValue = null;
    });
    this.pendingValue = pending;
  }
}
