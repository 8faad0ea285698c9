import { render, type TemplateResult } from 'lit';

let warmed = false;

/**
 * Draws the given templates once into a fragment that never joins the page, while the browser is idle.
 *
 * Lit prepares a template (parses its HTML, finds its bindings) the first time it is drawn, and the engine
 * compiles each function the first time it runs. Done here, while the patient reads the intro, that work
 * leaves the first step changes, which then only update the page (the step-change budget of issue 4).
 * Nothing is styled or laid out, no request is made, and the fragment is dropped. Once per page is enough:
 * prepared templates and compiled code are shared by every widget of the page.
 */
export function warmUpOnce(templates: () => Iterable<TemplateResult>, host: object): void {
  if (warmed) return;
  warmed = true;
  const run = (): void => {
    const scratch = document.createDocumentFragment();
    for (const template of templates()) render(template, scratch, { host });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 100);
}
