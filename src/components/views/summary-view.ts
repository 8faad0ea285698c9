import { html, nothing, type TemplateResult } from 'lit';
import type { Summary } from '../../model/summary-types.js';
import type { LaterContext } from './context.js';
import { concernLines, estimateLines, flagLines, pointLines } from '../../model/summary-lines.js';
import { formatDate } from '../../model/text.js';
import { renderKeepCopy, renderSendStatus, type SummaryActions } from './summary-send-view.js';

/**
 * The band (or the sentence that there is none) and its caveat, then the points under a "How we worked
 * this out" disclosure: the patient sees the guess first, the arithmetic only when they ask for it.
 */
function renderEstimate(ctx: LaterContext, summary: Summary): TemplateResult | typeof nothing {
  const e = summary.estimate;
  if (!e) return nothing;
  const t = ctx.messages.summary;
  const [band, ...more] = estimateLines(summary, ctx.messages);
  return html`<section class="summary-section">
    <h3 id="summary-estimate">${t.estimate}</h3>
    <p class=${e.low === null ? 'no-estimate' : 'estimate'}>${band}</p>
    ${more.map((line) => html`<p>${line}</p>`)}
    <p class="caveat">${e.caveat}</p>
    <details class="points">
      <summary>${t.howWorkedOut}</summary>
      <p class="small">${t.estimateScale}</p>
      <ul class="scores">
        ${pointLines(summary, ctx.messages).map((line) => html`<li>${line}</li>`)}
      </ul>
    </details>
  </section>`;
}

function list(items: readonly string[], empty: string): TemplateResult {
  return html`<ul>
    ${items.length ? items.map((item) => html`<li>${item}</li>`) : html`<li>${empty}</li>`}
  </ul>`;
}

/**
 * The patient-facing summary: the same facts, in the same order, as the clinic's text. Its sections carry no name:
 * a named <section> is a region landmark, and four of them inside an embedded widget crowded the host page's list.
 */
export function renderSummary(ctx: LaterContext, summary: Summary, actions: SummaryActions): TemplateResult {
  const t = ctx.messages.summary;
  const concerns = concernLines(summary);
  return html`<div class="summary" part="summary">
      <h2 part="heading" class="heading" tabindex="-1">${t.title}</h2>
      ${renderSendStatus(ctx, actions)}
      <p class="lead">${t.screenLead}</p>
      <dl class="meta">
        <div>
          <dt>${t.reference}</dt>
          <dd class="reference">${summary.reference}</dd>
        </div>
        <div>
          <dt>${t.completed}</dt>
          <dd>${formatDate(summary.completedAt, summary.locale)}</dd>
        </div>
      </dl>
      <section class="summary-section">
        <h3 id="summary-change">${t.change}</h3>
        ${list(concerns, '')}
      </section>
      <section class="summary-section">
        <h3 id="summary-goal">${t.goal}</h3>
        ${list(summary.goal ? [summary.goal.label] : [], '')}
      </section>
      <section class="summary-section">
        <h3 id="summary-discuss">${t.discuss}</h3>
        ${list(flagLines(summary), t.discussNone)}
      </section>
      ${renderEstimate(ctx, summary)}
      ${summary.photos.length ? html`<p>${t.photos(summary.photos.length)}</p>` : nothing}
      <p class="small">${t.notDiagnosis}</p>
    </div>
    ${renderKeepCopy(ctx, actions)}`;
}
