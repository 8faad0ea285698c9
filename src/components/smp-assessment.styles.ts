import { css } from 'lit';

/**
 * Private aliases (`--_x`) read the public `--smp-*` properties with a fallback at every use, so a host
 * can theme any subset. Sizes are in rem so the widget follows the page's root text size.
 */
export const styles = css`
  /* light-dark() picks each default by the used color-scheme: both themes from one list, and \`auto\`
     (no theme attribute) follows prefers-color-scheme. */
  :host {
    --_text: var(--smp-color-text, light-dark(#1d2733, #e8edf2));
    --_muted: var(--smp-color-muted, light-dark(#4a5968, #b7c3ce));
    --_bg: var(--smp-color-background, light-dark(#ffffff, #161b21));
    --_surface: var(--smp-color-surface, light-dark(#f4f7f8, #1f262e));
    --_border: var(--smp-color-border, light-dark(#6b7a88, #8797a6));
    --_primary: var(--smp-color-primary, light-dark(#0b5e63, #7fd1d5));
    --_primary-text: var(--smp-color-primary-text, light-dark(#ffffff, #0b1a1c));
    --_selected: var(--smp-color-selected, light-dark(#e3f1f1, #173a3d));
    --_error: var(--smp-color-error, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--smp-color-focus, #f0b400);
    /* A two-toned focus ring (as GOV.UK's): the outer tone is the one that touches the page, dark on light and
       yellow on dark, so it contrasts at least 3:1 with the background, and the two tones contrast with each other. */
    --_focus-contrast: var(--smp-color-focus-contrast, #0b0c0c);
    --_focus-outer: light-dark(var(--_focus-contrast), var(--_focus));
    --_focus-inner: light-dark(var(--_focus), var(--_focus-contrast));
    /* The empty part of the progress bar, visible on light and dark backgrounds alike. */
    --_track: color-mix(in srgb, var(--_border) 35%, transparent);
    --_radius: var(--smp-radius, 0.5rem);
    --_space: var(--smp-spacing, 1rem);
    display: block;
    box-sizing: border-box;
    max-width: var(--smp-max-width, 40rem);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--smp-font-family, inherit);
    font-size: var(--smp-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* A page's own rules for the host element (a global "*" or "body *") beat :host, and inherited text styles
     cross the shadow boundary: the frame sets the widget's own again, so no page can restyle the text. */
  .frame {
    /* A host that puts the widget in its own padded card sets this to 0, so the content is not inset twice. */
    padding: var(--smp-frame-padding, var(--_space));
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_bg);
    font-size: var(--smp-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  h2,
  h3,
  p,
  ul,
  dl {
    margin: 0 0 var(--_space);
  }
  .heading {
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  /* Focus scrolls the heading (or the error summary) into view: this margin keeps it clear of a host page's
     sticky header, which would otherwise cover it. */
  [part~='heading'],
  .error-summary {
    scroll-margin-top: var(--smp-scroll-margin, 1rem);
  }
  /* Headings take focus only so screen readers start reading there; they are not controls, so no ring. */
  .heading:focus {
    outline: none;
  }
  h3 {
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .lead {
    font-size: 1.125rem;
  }
  .hint,
  .small {
    color: var(--_muted);
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
    font-size: 1rem;
  }
  .progress {
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .progress-label {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    appearance: none;
    border: 0;
    border-radius: 1rem;
    background: var(--_track);
    color: var(--_primary);
    overflow: hidden;
  }
  /* Transparent: the track is the element's own background. Painting the translucent track here as well
     would lay it twice in Chromium and WebKit, a darker track than Firefox shows. */
  progress::-webkit-progress-bar {
    background: transparent;
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
    border-radius: 1rem;
  }
  /* Firefox paints the fill with its own pseudo-element (its default is the system blue). */
  progress::-moz-progress-bar {
    background: var(--_primary);
    border-radius: 1rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  /* A legend shrinks to fit its text unless told its width, which means measuring the text twice. */
  /* flow-root: the legend holds its heading's bottom margin; WebKit otherwise lets it collapse out and
     drops it, and the hint touches the heading. */
  legend {
    display: flow-root;
    padding: 0;
    width: 100%;
  }
  .legend-text {
    display: block;
    font-size: 1.125rem;
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .question + .question {
    margin-top: calc(var(--_space) * 1.5);
  }
  .question--error {
    border-inline-start: 0.3rem solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .option + .option {
    margin-top: 0.5rem;
  }
  .option {
    position: relative;
  }
  .option input {
    position: absolute;
    inset-inline-start: 0.875rem;
    top: 50%;
    width: 1.5rem;
    height: 1.5rem;
    margin: -0.75rem 0 0;
    accent-color: var(--_primary);
  }
  /* An unchecked control is an outline, in every theme and engine: under color-scheme: dark, Chromium drew it as a
     filled grey disc or square that read as "disabled" or "half chosen". A checked one stays native (accent-color). */
  .option input:not(:checked) {
    appearance: none;
    box-sizing: border-box;
    background: transparent;
    border: 2px solid var(--_text);
    border-radius: 0.125rem;
  }
  .option input[type='radio']:not(:checked) {
    border-radius: 50%;
  }
  .option label {
    box-sizing: border-box;
    display: block;
    min-height: 3rem;
    padding: 0.625rem 0.875rem 0.625rem 3.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  /* A sibling selector, not :has(): cheaper to match on every step change. */
  .option input:checked + label {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_selected);
  }
  .option input:focus-visible + label {
    outline: 3px solid var(--_focus-outer);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus-inner);
  }
  .option input:checked:focus-visible + label {
    box-shadow:
      0 0 0 3px var(--_focus-inner),
      inset 0 0 0 1px var(--_primary);
  }
  .option input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* Blocks, not grid or flex: a step change lays out every option's text once, not once per sizing pass. */
  .option-text,
  .option-hint {
    display: block;
  }
  .option-hint {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .error-summary {
    border: 0.25rem solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  /* Only for keyboard users: after a Continue by mouse or touch, a ring around the red border read as an alarm. */
  .error-summary:focus {
    outline: none;
  }
  .error-summary:focus-visible {
    outline: 3px solid var(--_focus-outer);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus-inner);
  }
  .error-summary-title {
    margin-bottom: 0.5rem;
  }
  /* No bullets, as GOV.UK's: a 44 px link beside a bullet put the bullet by its last line, not its first. */
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  /* Each link is a 44 px target, as every other control. */
  .error-summary a {
    display: inline-block;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding-block: 0.625rem;
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary-title {
    font-size: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: calc(var(--_space) * 1.5);
  }
  button,
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.625rem 1.25rem;
    font: inherit;
    font-weight: 700;
    border-radius: var(--_radius);
    border: 2px solid transparent;
    cursor: pointer;
    text-align: center;
  }
  button:focus-visible,
  .file-input:focus-visible + .button,
  .error-summary a:focus-visible {
    outline: 3px solid var(--_focus-outer);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus-inner);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .primary {
    background: var(--_primary);
    color: var(--_primary-text);
  }
  .secondary {
    background: var(--_bg);
    color: var(--_primary);
    border-color: var(--_primary);
  }
  .back,
  .link {
    background: transparent;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    padding-inline: 0.5rem;
  }
  /* GOV.UK's back link: the first thing at the top left, flush with the text, far from the primary button. */
  .back {
    display: flex;
    justify-content: flex-start;
    margin: 0 0 0.5rem;
    padding-inline: 0;
    font-weight: 400;
  }
  /* GOV.UK's chevron, drawn with borders: a character would be read out in the name, and underlined. */
  .back::before {
    content: '';
    flex: none;
    width: 0.4375rem;
    height: 0.4375rem;
    margin-inline: 0.125rem 0.5rem;
    border: solid currentColor;
    border-width: 2px 0 0 2px;
    transform: rotate(-45deg);
  }
  /* One primary button from Start to Send: the same height and padding everywhere. */
  .primary {
    min-height: 3rem;
  }
  .points {
    padding-inline-start: 1.25rem;
  }
  .privacy,
  .notice {
    padding: 0.75rem var(--_space);
    background: var(--_surface);
    border-inline-start: 0.3rem solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice--problem {
    border-inline-start-color: var(--_error);
  }
  /* No transitions: nothing moves for patients who prefer reduced motion, and a step change need not
     compute every option's style twice (before and after the change) to start one. */
  @media (forced-colors: active) {
    .option input:checked + label {
      border: 3px solid Highlight;
    }
    .primary {
      border-color: ButtonText;
    }
    /* Forced colours repaint backgrounds with the page colour, which erased the bar's fill: the bar keeps its own
       system colours instead (the fill Highlight, the track Canvas). */
    progress {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .option input:not(:checked) {
      border-color: CanvasText;
    }
  }
  /* Phones (GOV.UK's 40em): every primary button, from Start to Send, spans the width, where a thumb finds it; the
     other buttons in a row stack under it at the same size. */
  @media (max-width: 40em) {
    .primary,
    .actions > button,
    .actions > .button {
      width: 100%;
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
  }
  @media print {
    :host,
    .frame {
      max-width: none;
      color: #000;
      background: #fff;
    }
    .progress,
    .send,
    .send-status,
    .actions,
    [part='nav'] {
      display: none !important;
    }
  }
`;
