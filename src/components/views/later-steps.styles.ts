import { css } from 'lit';

/**
 * The rules of what the first question does not show: free-text fields, pictured options, the "or" divider, the
 * conditional reveal, the photos step and the review. They travel in the later steps' lazy chunk (later-steps.ts)
 * and are adopted by the shadow root when it loads (LaterStepsController), after the element's own styles
 * (smp-assessment.styles.ts), whose private aliases (`--_x`) they use.
 */
export const laterStyles = css`
  /* GOV.UK's "or" before an exclusive "None of these": the same spacing as an option, no box. */
  .options-divider {
    margin: 0.5rem 0;
    min-width: 3rem;
    text-align: center;
    width: max-content;
    padding-inline: 0.25rem;
  }
  .option--pictured label {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  /* The picture is a secondary cue at the inline end: the words keep one column and the full width on phones. */
  .option label svg {
    flex: none;
    order: 1;
    margin-inline-start: auto;
  }
  /* border-box only where a size is set (no "*" rule: it would be matched on every element of every step). */
  textarea {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 8rem;
    padding: 0.625rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 3px solid var(--_focus-outer);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus-inner);
  }
  .count {
    margin-top: 0.5rem;
    color: var(--_muted);
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
  }
  .review-section {
    font-size: 1.125rem;
    margin: calc(var(--_space) * 1.5) 0 0.5rem;
  }
  .review-list-of-part {
    margin: 0;
    border-top: 1px solid var(--_border);
  }
  /* Several answers to one question, one per line, as GOV.UK's summary list shows them. */
  .review-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .review-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .review-row dt {
    font-weight: 700;
    grid-column: 1;
  }
  .review-answer {
    grid-column: 1;
    margin: 0;
  }
  .review-action {
    grid-column: 2;
    grid-row: 1 / span 2;
    margin: 0;
    align-self: center;
  }
  /* Phones: label, answer and Change stacked, so a long answer keeps the whole width (GOV.UK's summary list). */
  @media (max-width: 40em) {
    .review-row {
      grid-template-columns: 1fr;
    }
    .review-action {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
  }
  /* GOV.UK's conditional reveal: follow-ups indented under the answer that opens them, with a rule beside them. */
  .conditional {
    margin: 0.5rem 0 0.75rem 1.5rem;
    padding-inline-start: calc(var(--_space) * 0.9);
    border-inline-start: 0.25rem solid var(--_border);
  }
  .conditional .question + .question {
    margin-top: var(--_space);
  }
  .photo-count {
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .photo-slots {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .photo-slot {
    display: flex;
    gap: var(--_space);
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .photo-slot--error {
    border-color: var(--_error);
    border-width: 2px;
  }
  .photo-picture {
    flex: none;
    width: 4.5rem;
    height: 4.5rem;
    display: grid;
    place-items: center;
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .photo-picture img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .photo-body {
    flex: 1;
    min-width: 0;
  }
  .photo-title {
    margin-bottom: 0.25rem;
  }
  .photo-body .hint {
    margin-bottom: 0.5rem;
  }
  .photo-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .file-input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
    overflow: hidden;
  }
`;
