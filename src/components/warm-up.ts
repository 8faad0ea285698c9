import { render, type TemplateResult } from 'lit';

let rehearsed = false;

const whenIdle = (run: (deadline?: IdleDeadline) => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
};

/**
 * While the patient reads the intro, draws the question steps one after another into a hidden copy of the
 * frame, styled and laid out like the real one, and returns a function that stops and removes it.
 *
 * The first time a page shows each kind of step, the browser and the engine do one-off work: Lit prepares
 * the template, the code is compiled and optimised, styles, fonts and text shapes are resolved and cached.
 * Done here, in idle time before Start, that work leaves the step changes (the step-change budget of issue 4;
 * see the README's benchmark for the time with and without). The copy lives in a closed shadow root of its
 * own, `inert`, `aria-hidden`, invisible and zero-height, so no query, test, screen reader or layout of the
 * page sees it; it is removed when done or as soon as the patient leaves the intro. Once per page is
 * enough: the caches and compiled code are shared by every widget of the page.
 */
export function rehearseSteps(root: ShadowRoot, frames: () => TemplateResult[], host: object): () => void {
  const sheets = root.adoptedStyleSheets;
  if (rehearsed || !sheets?.length) return () => {};
  rehearsed = true;
  const holder = document.createElement('div');
  holder.className = 'rehearsal';
  holder.inert = true;
  holder.setAttribute('aria-hidden', 'true');
  const stage = holder.attachShadow({ mode: 'closed' });
  stage.adoptedStyleSheets = sheets;
  let queue: TemplateResult[] | null = null;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    holder.remove();
  };
  const next = (deadline?: IdleDeadline): void => {
    if (stopped) return;
    queue ??= frames();
    root.append(holder);
    do {
      const frame = queue.shift();
      if (!frame) return stop();
      render(frame, stage, { host });
      // Style and lay it out now, as a step change does.
      stage.firstElementChild?.getBoundingClientRect();
    } while (deadline && deadline.timeRemaining() > 10);
    whenIdle(next);
  };
  whenIdle(next);
  return stop;
}
