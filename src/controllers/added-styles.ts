import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

const added = new WeakMap<ReactiveElement, CSSResultOrNative[]>();

/**
 * Adds CSS that came with a lazy chunk to an element's shadow root, after the element's own styles and any added
 * before (each chunk's rules were written to follow those). Lit's adoptStyles keeps the strict-CSP path
 * (constructed sheets, or <style> with the page's nonce); it replaces the adopted list, hence the list kept here.
 */
export function addStyles(host: ReactiveElement, styles: CSSResultOrNative): void {
  const list = added.get(host) ?? [];
  if (list.includes(styles)) return;
  list.push(styles);
  added.set(host, list);
  const base = (host.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(host.renderRoot as ShadowRoot, [...base, ...list]);
}
