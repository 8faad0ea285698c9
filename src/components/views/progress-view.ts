import { html, nothing, type TemplateResult } from 'lit';
import type { FirstMessages } from '../../locales/types.js';
import type { StepId } from '../../model/definition.js';
import { partProgressOf } from '../../model/progress.js';
import { loadedWords } from './context.js';

/**
 * "Part 2 of 5 · What you want to change" and a bar that only moves forward. It is deliberately not a live region:
 * a count that spoke whenever an answer opened a follow-up interrupted the patient while they were answering, and
 * on a step change it competed with the focused heading. It stays in reading order just above the heading.
 */

export function renderProgress(messages: FirstMessages, step: StepId): TemplateResult | typeof nothing {
  const progress = partProgressOf(step);
  if (!progress) return nothing;
  const name = loadedWords(messages.nav.parts[progress.id], progress.id);
  const label = `${messages.nav.part(progress.part, progress.parts)} \u00b7 ${name}`;
  return html`<div class="progress" part="progress">
    <p class="progress-label">${label}</p>
    <progress max="1" .value=${progress.value} aria-hidden="true"></progress>
  </div>`;
}
