/**
 * xorshift32: a seeded generator for property tests, so a failing case replays exactly
 * (tests never use Math.random). Returns a whole number below `below`.
 */
export function createSeededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0 || 1;
  return (below) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % below;
  };
}
