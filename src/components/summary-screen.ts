/**
 * Everything the summary needs and the questions do not: the summary, text and FHIR builders, the
 * summary view and its CSS, copy, download and print. It is a lazy chunk, so the page pays for it only when the
 * patient reaches the review (where it is preloaded), keeping the first question within its size budget.
 */
export { complete, formData, type Completion } from './completion.js';
export { renderSummary } from './views/summary-view.js';
export { summaryStyles } from './views/summary-view.styles.js';
export { copyText, downloadText } from './share.js';
export { goToSend } from './send-target.js';
export { SummaryActions } from '../controllers/summary-actions.js';
