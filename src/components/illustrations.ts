/**
 * Small decorative inline SVG illustrations: concern options, tint colours, dot appearances, SMP areas, photo angles
 * and skin-type swatches. They sit at the inline end of an option, a secondary cue after its words.
 *
 * All are hidden from assistive technology (the option label carries the meaning), use `currentColor`
 * for outlines so they follow the theme and forced-colours mode, and need no <style>, inline style,
 * ids or external references (strict CSP).
 */
import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';

/**
 * Each picture is markup built once, from the numbers and colours in this file (never from input), and handed to
 * Lit as a static template: Lit parses it once per page and then only clones it. As templates with a binding per
 * dot, a step of pictured options cost more than the rest of the step to draw.
 */
const drawn = new Map<string, TemplateResult>();
function picture(key: string, markup: () => string): TemplateResult {
  let result = drawn.get(key);
  if (!result) drawn.set(key, (result = html`${unsafeStatic(markup())}`));
  return result;
}

/** A decorative square SVG of `size` px: outlines in the text colour, hidden from assistive technology. */
const frame = (size: 48 | 56, body: string): string =>
  `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false" ` +
  `fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Points of a hexagonal grid, spacing `step`, inside a circle of radius `r` round (24, 24). */
const grid = (step: number, r: number): [number, number][] => {
  const points: [number, number][] = [];
  const n = Math.ceil(r / step) + 1;
  for (let row = -n; row <= n; row++) {
    const y = 24 + row * step * 0.87;
    for (let col = -n; col <= n; col++) {
      const x = 24 + (col + (row & 1) / 2) * step;
      if ((x - 24) ** 2 + (y - 24) ** 2 <= r * r) points.push([x, y]);
    }
  }
  return points;
};

/** A muted skin tone for the close-up patches; readable on light and dark backgrounds. */
const PATCH = '#d2b196';

/** A close-up circle of skin with `dots` on it. */
const patch = (dots: string): string => `<circle cx="24" cy="24" r="21" fill="${PATCH}" stroke-opacity=".6"/>${dots}`;

/** Front view of a head (48 box), shared by the hairline and helmet illustrations. */
const head48 =
  '<path d="M11 24C11 11 17 5 24 5s13 6 13 19c0 10-5 19-13 19S11 34 11 24z"/>' +
  '<path d="M11 23c-3 0-3 7 0 7m26-7c3 0 3 7 0 7"/>' +
  '<circle cx="19.5" cy="29" r=".8" fill="currentColor" stroke="none"/>' +
  '<circle cx="28.5" cy="29" r=".8" fill="currentColor" stroke="none"/>';

/** Dots along the quadratic curve from (13.5, 23) through control (24, 15) to (34.5, 23). */
const lowHairline = (): string => {
  let dots = '';
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    const x = 13.5 + 21 * t;
    const y = 23 * (1 - t) ** 2 + 30 * (1 - t) * t + 23 * t * t;
    dots += `<circle cx="${x}" cy="${y}" r="1.1" fill="currentColor" stroke="none"/>`;
  }
  return dots;
};

/** One path of circles of radius `r` (two arcs each): a single element instead of one per dot. */
const dotsPath = (points: [number, number][], r: number): string =>
  points.map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`).join('');

/** Dots of `fill` on the points, as one path. */
const dots = (points: [number, number][], r: number, fill: string): string =>
  `<path d="${dotsPath(points, r)}" fill="${fill}" stroke="none"/>`;

const tint = grid(5.5, 17);
const bleeding = grid(8, 15);

const concerns: Record<string, () => string> = {
  'hairline-placement': () =>
    `${head48}<path d="M14.5 15.5Q24 8 33.5 15.5" stroke-opacity=".7" stroke-dasharray="1.5 2.5"/>${lowHairline()}`,
  'helmet-look': () =>
    '<path d="M11.5 24C11.5 11 17 5.5 24 5.5S36.5 11 36.5 24H34C33.5 17 29.5 13.5 24 13.5S14.5 17 14 24z" ' +
    `fill="currentColor" fill-opacity=".55" stroke="none"/>${head48}`,
  'blue-green-tint': () =>
    patch(
      dots(
        tint.filter((_, i) => i % 3),
        1.7,
        '#2f6a8a',
      ) +
        dots(
          tint.filter((_, i) => !(i % 3)),
          1.7,
          '#2f7d6c',
        ),
    ),
  'bleeding-dots': () =>
    patch(
      bleeding
        .map(
          ([x, y]) =>
            `<g fill="#3a3f45" stroke="none">${[5.4, 4.2, 3, 1.9]
              .map((r) => `<circle cx="${x}" cy="${y}" r="${r}" opacity=".25"/>`)
              .join('')}</g>`,
        )
        .join(''),
    ),
  'too-dark': () => patch(dots(grid(3.6, 18), 1.45, '#141619')),
};

/** The three ways dots can look wrong, on the same patch of skin as the concerns (48 box). */
const spaced = grid(9, 15);
const dotLooks: Record<string, () => string> = {
  'too-large': () => patch(dots(spaced, 3.2, '#3a3f45')),
  // Dots closer than their size, so neighbours run into each other.
  merging: () => patch(dots(grid(5, 14), 2.8, '#3a3f45')),
  blurry: concerns['bleeding-dots']!,
};

/**
 * A head seen from above, the face at the top (48 box), with one zone of SMP filled in. The zones are where patients
 * do not know the words ("crown", "temples"), so the picture does the explaining.
 */
const headFromAbove =
  '<ellipse cx="24" cy="25" rx="15" ry="19"/>' +
  '<path d="M21 6.5q3-3.5 6 0M9 22c-2.5 0-2.5 6 0 6m30-6c2.5 0 2.5 6 0 6" stroke-opacity=".6"/>';
const zone = (d: string): string => `<path d="${d}" fill="currentColor" fill-opacity=".55" stroke="none"/>`;
const areas: Record<string, () => string> = {
  hairline: () => zone('M13 14.5Q24 5 35 14.5L33 17Q24 9.5 15 17z') + headFromAbove,
  temples: () => zone('M10.5 18.5l4-3.5 1.5 5-4.5 2.5zM37.5 18.5l-4-3.5-1.5 5 4.5 2.5z') + headFromAbove,
  top: () => zone('M17 17Q24 12 31 17L31 28Q24 31 17 28z') + headFromAbove,
  crown: () => zone('M24 29.5a5 5 0 1 0 0.01 0z') + headFromAbove,
  'sides-back': () => zone('M9.5 25Q9 40 24 44 39 40 38.5 25L35 25Q35 38 24 40.5 13 38 13 25z') + headFromAbove,
  scar: () => `${headFromAbove}<path d="M19 19l3 2-3 2 3 2-3 2 3 2" stroke-width="2"/>`,
};

/** Small round colour chips for `tint-colour`: the colour itself says more than its name. */
const TINTS: Record<string, string> = { blue: '#2f5f9e', green: '#2f7d5c', grey: '#767c82' };

/** A 28 px round chip of `colour` with a ring that shows on light and dark backgrounds. */
const chip = (colour: string): TemplateResult =>
  picture(
    `chip ${colour}`,
    () =>
      '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">' +
      `<circle cx="14" cy="14" r="12.5" fill="${colour}" stroke="currentColor" stroke-opacity=".6" stroke-width="1.5"/>` +
      '</svg>',
  );

/** The picture `code` of `set`, in a 48 px frame, or `nothing` when the set has none for it. */
const from = (name: string, set: Record<string, () => string>, code: string): TemplateResult | typeof nothing => {
  const draw = Object.hasOwn(set, code) ? set[code] : undefined;
  return draw ? picture(`${name} ${code}`, () => frame(48, draw())) : nothing;
};

/** Illustration for a `concerns` option, or `nothing` for options without one. */
export function concernIllustration(code: string): TemplateResult | typeof nothing {
  return from('concerns', concerns, code);
}

/** Dot diagram for a `dots-appearance` option. */
export function dotsIllustration(code: string): TemplateResult | typeof nothing {
  return from('dots', dotLooks, code);
}

/** Head map for an `smp-areas` option, the zone filled in. */
export function areaIllustration(code: string): TemplateResult | typeof nothing {
  return from('areas', areas, code);
}

/** Colour chip for a `tint-colour` option, or `nothing` for `not-sure`. */
export function tintChip(code: string): TemplateResult | typeof nothing {
  return Object.hasOwn(TINTS, code) ? chip(TINTS[code]!) : nothing;
}

/** Profile facing left (56 box); mirrored for the right side. */
const profile =
  '<path d="M22 52v-7c-3 0-6-1-7-3.5-1-1.5-1.5-3.5-1.5-5L12.5 34l-3-2 3-5.5c.5-2 0-4 0-5.5C12.5 12 20 7 30 7s15.5 6 15.5 15c0 8-3 13-5.5 17v13"/>' +
  '<path d="M31 24.5c2-2.5 6-1.5 6 2.5 0 3.5-2.5 5-4.5 5"/>' +
  '<path d="M16 13.5c5 1 10 4 12 9.5v4.5" stroke-opacity=".6" stroke-dasharray="1.5 2.5"/>';

const angles: Record<'front' | 'top' | 'left' | 'right' | 'back', string> = {
  front:
    '<path d="M14 26c0-13 6-20 14-20s14 7 14 20c0 11-6 19-14 19s-14-8-14-19z"/>' +
    '<path d="M14 25c-3 0-3 8 0 8m28-8c3 0 3 8 0 8M22 43v9m12-9v9M17 17q11-8 22 0"/>' +
    '<path d="M28 29v4" stroke-opacity=".6"/>' +
    '<circle cx="23" cy="27" r="1" fill="currentColor" stroke="none"/>' +
    '<circle cx="33" cy="27" r="1" fill="currentColor" stroke="none"/>',
  top:
    '<ellipse cx="28" cy="30" rx="17" ry="20"/>' +
    '<path d="M24.8 10.4q3.2-5.6 6.4 0M11 27c-3 0-3 7 0 7m34-7c3 0 3 7 0 7"/>',
  left: profile,
  right: `<g transform="matrix(-1 0 0 1 56 0)">${profile}</g>`,
  back:
    '<path d="M20 42c-4-3-6-9-6-16 0-12 6-20 14-20s14 8 14 20c0 7-2 13-6 16"/>' +
    '<path d="M14 24c-3 0-3 8 0 8m28-8c3 0 3 8 0 8M21 42v10m14-10v10"/>' +
    '<path d="M20 38q8 4 16 0" stroke-opacity=".5" stroke-dasharray="1.5 2.5"/>',
};

/** Line drawing of a head seen from a photo angle. */
export function angleIllustration(angle: 'front' | 'top' | 'left' | 'right' | 'back'): TemplateResult {
  return picture(`angle ${angle}`, () => frame(56, angles[angle]));
}

/** Approximate Fitzpatrick skin tones, I (lightest) to VI (deepest). */
export const SKIN_SWATCHES: Record<'I' | 'II' | 'III' | 'IV' | 'V' | 'VI', string> = {
  I: '#f6dfcd',
  II: '#e9c1a0',
  III: '#d19e77',
  IV: '#a8714a',
  V: '#774a2e',
  VI: '#3d2a1f',
};

/** Round colour swatch for a `skin-type` option, or `nothing` for `not-sure` and unknown codes. */
export function skinSwatch(code: string): TemplateResult | typeof nothing {
  const colour = Object.hasOwn(SKIN_SWATCHES, code) ? SKIN_SWATCHES[code as keyof typeof SKIN_SWATCHES] : undefined;
  if (!colour) return nothing;
  return chip(colour);
}
