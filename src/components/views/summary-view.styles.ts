import { css } from 'lit';

/**
 * The summary screen's own rules. They travel in the summary's lazy chunk (summary-screen.ts) and are adopted by
 * the element's shadow root when that chunk loads (SummaryController), so the first question does not download
 * them. The element's styles (smp-assessment.styles.ts) define the private aliases (`--_x`) used here.
 */
export const summaryStyles = css`
  .summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* Phones (GOV.UK's 40em): the frame already insets the content, so the card keeps only its top and bottom rules
     and its text the frame's whole width, instead of a second inset that left a 250 px column at 320 px. */
  @media (max-width: 40em) {
    .summary {
      border-inline: 0;
      border-radius: 0;
      padding-inline: 0;
    }
  }
  .summary-section {
    margin-top: calc(var(--_space) * 1.25);
  }
  .summary-section ul,
  .scores {
    padding-inline-start: 1.25rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .meta dd {
    margin: 0;
    font-weight: 700;
  }
  .reference {
    font-size: 1.25rem;
    letter-spacing: 0.05em;
  }
  .estimate {
    font-size: 1.25rem;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .caveat {
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  /* The points sit behind a disclosure; its summary is a target like any button (44 px). It keeps its
     default display, a list item, so the disclosure triangle still shows that it opens. */
  .points > summary {
    box-sizing: border-box;
    min-height: 2.75rem;
    padding-block: 0.625rem;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
  }
  .points > summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .send {
    margin-top: calc(var(--_space) * 1.5);
  }
  /* The summary's status line: a calm inset in the brand colour, not a green "done" panel, because nothing is sent. */
  .send-status {
    margin-block: var(--_space);
    padding: 0.75rem var(--_space);
    background: var(--_surface);
    border-inline-start: 0.3rem solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .send-status p {
    margin-top: 0;
  }
  .send h3 {
    font-size: 1.0625rem;
  }
  /* Always rendered, even empty, so screen readers already follow it when the first message arrives. */
  .status {
    margin-block: 0.5rem 0;
  }
  @media print {
    .summary {
      border: 0;
      padding: 0;
    }
  }
`;
