import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';

/**
 * Flate compression for jsPDF's streams. jsPDF's own filter builds its output one character at
 * a time; this one works in slices and keeps the last few large results by content, so a font
 * subset or page exported again is not compressed again. Before output, an export can have
 * the browser's native compressor do the large streams at once (`precompress`).
 */

type Filters = (data: string, filters: string[] | string) => { data: string; reverseChain: string };

/** Bytes of a binary string, and back, in slices: one call per byte is slow for a 100 KB stream. */
function binaryToBytes(data: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return bytes;
}
function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Compressed streams by content; only large ones are kept, the newest few megabytes of them. */
const deflated = new Map<string, string>();
const LARGE = 4096;
const KEPT_CHARS = 8_000_000;
let keptChars = 0;

function keep(data: string, compressed: string) {
  if (data.length <= LARGE || deflated.has(data)) return;
  deflated.set(data, compressed);
  keptChars += data.length + compressed.length;
  for (const [oldest, out] of deflated) {
    if (keptChars <= KEPT_CHARS) break;
    deflated.delete(oldest);
    keptChars -= oldest.length + out.length;
  }
}

/** zlib format, as PDF's FlateDecode reads it, as a binary string. */
export function deflateNow(bytes: Uint8Array): string {
  return bytesToBinary(zlibSync(bytes));
}

/** Replaces jsPDF's Flate filter, once per page load. */
export function installFastDeflate(): void {
  const api = jsPDF.API as unknown as { processDataByFilters: Filters; cpmFastDeflate?: boolean };
  if (api.cpmFastDeflate) return;
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === 'string' ? [filters] : filters;
    if (chain.length !== 1 || chain[0]!.replace('/', '') !== 'FlateEncode') return original(data, filters);
    let out = deflated.get(data);
    if (out === undefined) {
      out = deflateNow(binaryToBytes(data));
      keep(data, out);
    }
    return { data: out, reverseChain: '/FlateDecode' };
  };
  api.cpmFastDeflate = true;
}

/** Whether the browser has its own compressor (Node and old browsers may not). */
export const canDeflateNatively = () => typeof CompressionStream !== 'undefined';

/** zlib format, as PDF's FlateDecode reads it, by the browser's own compressor. */
export async function deflateNatively(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return bytesToBinary(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/**
 * Compresses the large streams a document is about to write, all at once and natively, so
 * that output finds them done. Streams compressed before (the same page or subset exported
 * again) cost nothing; without a native compressor, output compresses as it goes.
 */
export async function precompress(streams: string[]): Promise<void> {
  if (!canDeflateNatively()) return;
  const todo = [...new Set(streams)].filter((data) => data.length > LARGE && !deflated.has(data));
  if (!todo.length) return;
  const done = await Promise.all(todo.map((data) => deflateNatively(binaryToBytes(data))));
  todo.forEach((data, i) => keep(data, done[i]!));
}
