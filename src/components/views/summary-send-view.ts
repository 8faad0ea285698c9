import { html, nothing, type TemplateResult } from 'lit';
import type { LaterContext } from './context.js';

export interface SummaryActions {
  readonly inForm: boolean;
  readonly consultationUrl: string | null;
  readonly status: string | null;
  readonly copy: () => void;
  readonly download: () => void;
  readonly print: () => void;
  readonly consult: () => void;
  /** Inside a form: focus the host form's first invalid field, or its submit button. */
  readonly send: () => void;
}

/**
 * The first thing under the summary's heading: whether anything has been sent (nothing has: the widget never sends)
 * and the one next step, as the primary button. An anxious patient who reads "this is what the clinic will read"
 * may believe it is done and close the tab.
 */
export function renderSendStatus(ctx: LaterContext, actions: SummaryActions): TemplateResult {
  const t = ctx.messages.summary;
  if (actions.inForm) {
    return html`<div class="send-status">
      <p><strong>${t.readyNotSent}</strong> ${t.sendNext}</p>
      <button type="button" class="primary" part="send-button" ?disabled=${ctx.disabled} @click=${actions.send}>
        ${t.send}
      </button>
    </div>`;
  }
  return html`<div class="send-status">
    <p>
      <strong>${t.nothingSent}</strong> ${actions.consultationUrl ? t.consultNext(ctx.clinic) : t.attach(ctx.clinic)}
    </p>
    ${
      actions.consultationUrl
        ? html`<button
            type="button"
            class="primary"
            part="consultation-button"
            ?disabled=${ctx.disabled}
            @click=${actions.consult}
          >
            ${t.consult}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * Copy, Download and Print, all secondary. The status line is always rendered, so assistive technology already
 * follows it when the first message arrives (a region inserted together with its text is often not read).
 */
export function renderKeepCopy(ctx: LaterContext, actions: SummaryActions): TemplateResult {
  const t = ctx.messages.summary;
  return html`<div class="send">
    <h3>${t.keepCopy}</h3>
    <div class="actions actions--summary" part="nav">
      <button type="button" class="secondary" part="copy-button" ?disabled=${ctx.disabled} @click=${actions.copy}>
        ${t.copy}
      </button>
      <button
        type="button"
        class="secondary"
        part="download-button"
        ?disabled=${ctx.disabled}
        @click=${actions.download}
      >
        ${t.download}
      </button>
      <button type="button" class="secondary" part="print-button" ?disabled=${ctx.disabled} @click=${actions.print}>
        ${t.print}
      </button>
    </div>
    <p class="status" role="status">${actions.status ?? ''}</p>
  </div>`;
}
