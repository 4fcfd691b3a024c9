/** Raise when the seed content changes, so stored databases can be re-seeded. */
export const SEED_VERSION = 1;
