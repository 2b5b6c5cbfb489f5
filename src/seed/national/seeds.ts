import { SeededRandom } from '../demo/random.js';

const STREAMS = { school: 1, students: 2, passports: 3 } as const;

/**
 * Returns the random generator of one part of the dataset (a school's plan,
 * its students, their passports). Each part has its own stream, so a change
 * in one part leaves the others as they were.
 */
export function seededRandomFor(seed: number, stream: keyof typeof STREAMS, index: number): SeededRandom {
  let hash = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ STREAMS[stream], 0xc2b2ae35);
  hash = Math.imul(hash ^ index, 0x27d4eb2f);
  return new SeededRandom((hash ^ (hash >>> 15)) >>> 0);
}
