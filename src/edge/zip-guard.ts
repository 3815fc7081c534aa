/**
 * Checks a zip before anything in it is inflated: the number of files, their
 * inflated sizes and compression ratios as the central directory declares
 * them (yauzl then refuses any file that inflates beyond its declared size),
 * and for XLSX the extent of each sheet from its `<dimension ref>`, read from
 * the first few kilobytes of the sheet only.
 */
import type yauzl from 'yauzl';
import type { ZipLimits } from './limits.js';

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** What is wrong with the zip's declared contents, or undefined when it is within the limits. */
export function zipProblem(entries: readonly yauzl.Entry[], limits: ZipLimits): string | undefined {
  if (entries.length > limits.maxEntries) return `the zip holds ${entries.length.toLocaleString('en')} files; at most ${limits.maxEntries.toLocaleString('en')} are read`;
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.ratioFromBytes && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
      return `${e.fileName} would inflate from ${mb(e.compressedSize)} to ${mb(e.uncompressedSize)} (${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)).toLocaleString('en')}:1); more than ${limits.maxRatio}:1 is refused as a possible zip bomb`;
    }
  }
  if (total > limits.maxTotalBytes) return `the zip would inflate to ${mb(total)}; at most ${mb(limits.maxTotalBytes)} is read`;
  return undefined;
}

export async function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  for await (const e of zip.eachEntry()) entries.push(e);
  return entries;
}

/** The first bytes of a file in the zip (inflating only as much as needed), as text. */
export async function readHead(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number, stopAt?: string): Promise<string> {
  const stream = await zip.openReadStreamPromise(entry);
  let text = '';
  try {
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      if (text.length >= maxBytes || (stopAt && text.includes(stopAt))) break;
    }
  } finally {
    stream.destroy();
  }
  return text.slice(0, maxBytes);
}

/** Column letters to a number: A → 1, XFD → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A number to column letters: 1 → A, 16384 → XFD. */
export function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The last cell of a sheet's `<dimension ref="A1:XFD500"/>`, or undefined when the sheet does not say. */
export function sheetDimension(xmlHead: string): { ref: string; columns: number; rows: number } | undefined {
  const m = /<(?:\w+:)?dimension\s+ref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/.exec(xmlHead);
  if (!m) return undefined;
  const letters = m[3] ?? m[1]!;
  const row = Number(m[4] ?? m[2]);
  return { ref: m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`, columns: columnNumber(letters), rows: row };
}
