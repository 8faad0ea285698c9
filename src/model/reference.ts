/** Unambiguous characters only (no 0/O, 1/I/L), so a reference reads well over the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short random reference like `K7Q-4MX`, made on the device from the injected random source. */
export function makeReference(random: () => number): string {
  const pick = () => REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)] ?? '2';
  const chars = Array.from({ length: 6 }, pick);
  return `${chars.slice(0, 3).join('')}-${chars.slice(3).join('')}`;
}

const REFERENCE_FORMAT = new RegExp(`^[${REFERENCE_ALPHABET}]{3}-[${REFERENCE_ALPHABET}]{3}$`);

/** True for a reference in the form `makeReference` gives, and nothing else. */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_FORMAT.test(value);
}
