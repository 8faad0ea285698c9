/**
 * Hints that ask session-replay tools on the host page not to record the widget's content. Each is the
 * vendor's documented opt-out (sources in the README, "Security and privacy"); they only help where the
 * page runs that tool, and are harmless elsewhere.
 */
const HINTS: readonly (readonly [string, string])[] = [
  ['data-clarity-mask', 'true'], // Microsoft Clarity
  ['data-hj-suppress', ''], // Hotjar
  ['data-private', ''], // LogRocket
  ['data-sentry-mask', ''], // Sentry Session Replay
];

/** Sets the hints on the host element unless the page set them itself. */
export function markPrivate(host: HTMLElement): void {
  for (const [name, value] of HINTS) if (!host.hasAttribute(name)) host.setAttribute(name, value);
}
