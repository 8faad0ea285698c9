/** A random number in [0, 1) from the platform's CSPRNG, for reference codes (the model takes randomness as input). */
export const secureRandom = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
