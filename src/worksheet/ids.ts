/**
 * Random ids for worksheets, sessions, contributions and tabs. Web Crypto's randomUUID exists only in a
 * secure context (https or this computer's own address), and a venue or intranet address is plain
 * http: the ids are made from getRandomValues, which every browser context and Node have.
 */

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

// Typed here, not from the DOM or Node: the domain code compiles with neither.
const randomSource = () => (globalThis as unknown as { crypto: RandomSource }).crypto;

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** A random UUID (version 4), in the same form as Web Crypto's randomUUID. */
export function newId(): string {
  const bytes = randomSource().getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const digits = hex(bytes);
  return [digits.slice(0, 8), digits.slice(8, 12), digits.slice(12, 16), digits.slice(16, 20), digits.slice(20)].join('-');
}
