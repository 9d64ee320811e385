/**
 * Seeded PRNG: the seed's string form is hashed (xmur3) into the state of mulberry32, so every seed a teacher can
 * type gives its own groups — 0, 1e20 and 1e300 alike, "七班" too — on Node and in Apps Script alike. A number and
 * its string (7 and "7") are the same seed, so the CLI and the add-on agree.
 */
export type Rng = () => number;
export type Seed = number | string;

/** xmur3: a 32-bit hash of a string, mixed so that nearby strings land far apart. */
export function hashSeed(seed: Seed): number {
  const s = String(seed);
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The grouping's PRNG for a teacher's seed; `stream` gives independent sequences for one seed (rounds, baselines). */
export function seededRng(seed: Seed, stream = 0): Rng {
  return mulberry32(hashSeed(stream === 0 ? seed : `${String(seed)}#${stream}`));
}

/**
 * A PRNG from a small whole number, without hashing (synthetic rosters in tests and benchmarks keep the rosters
 * they always had). Not for teachers' seeds: numbers beyond 2^32 / 1000003 collide here.
 */
export function makeRng(seed: number): Rng {
  return mulberry32((Math.floor(seed * 1000003) ^ 0x9e3779b9) >>> 0);
}

function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n). */
export const randInt = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(rng: Rng, a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = randInt(rng, i + 1);
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
  return a;
}
