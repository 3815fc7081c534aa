/**
 * Opens Statbel's open-data files as text chunks: either the zip as downloaded (holding one text
 * file) or the text file itself. UTF-8; the byte-order mark is removed. Streaming: the ~100 MB
 * population text is never held in memory as a whole.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DATA_ZIP_LIMITS } from '../../edge/limits.js';
import { zipProblem } from '../../edge/zip-guard.js';

export interface TextSource {
  /** Name for messages: "file.zip › inner.txt" or "file.txt". */
  name: string;
  chunks: AsyncIterable<string>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

/** Opens a path (zip or text) or bytes already in memory (e.g. an upload). */
export async function openTextSource(input: string | Uint8Array, label?: string): Promise<TextSource> {
  if (typeof input !== 'string') {
    const name = label ?? 'upload';
    const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (isZip(buf)) return fromZip(await yauzl.fromBufferPromise(buf, { lazyEntries: true, autoClose: false }), name);
    return { name, chunks: stripBom(oneChunk(buf.toString('utf8'))) };
  }
  const fh = await open(input, 'r');
  const head = new Uint8Array(4);
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  const name = label ?? basename(input);
  if (isZip(head)) return fromZip(await yauzl.openPromise(input, { lazyEntries: true, autoClose: false }), name);
  return { name, chunks: stripBom(createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) };
}

async function fromZip(zip: yauzl.ZipFile, zipName: string): Promise<TextSource> {
  const files: yauzl.Entry[] = [];
  try {
    for await (const e of zip.eachEntry()) if (!e.fileName.endsWith('/')) files.push(e);
  } catch (err) {
    zip.close();
    throw err;
  }
  // Sizes and ratios as declared, before anything is inflated (yauzl refuses an entry that inflates beyond its declared size).
  const tooMuch = zipProblem(files, DATA_ZIP_LIMITS);
  if (tooMuch) {
    zip.close();
    throw new Error(`${zipName}: ${tooMuch}`);
  }
  const texts = files.filter((e) => /\.(txt|csv)$/i.test(e.fileName));
  const pick = texts.length === 1 ? texts[0] : files.length === 1 ? files[0] : undefined;
  if (!pick) {
    zip.close();
    throw new Error(
      `${zipName}: expected one text file inside the zip, found ${files.length ? files.map((f) => f.fileName).join(', ') : 'none'}`,
    );
  }
  const stream: Readable = await zip.openReadStreamPromise(pick);
  stream.setEncoding('utf8');
  // autoClose is off (it would close the file once the entry list is read); close when the stream does.
  stream.on('close', () => zip.close());
  return { name: `${zipName} › ${pick.fileName}`, chunks: stripBom(stream as AsyncIterable<string>) };
}

async function* oneChunk(s: string): AsyncIterable<string> {
  yield s;
}

async function* stripBom(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let first = true;
  for await (const c of chunks) {
    if (first) {
      first = false;
      yield c.charCodeAt(0) === 0xfeff ? c.slice(1) : c;
    } else yield c;
  }
}

/**
 * Splits text chunks into lines (LF or CRLF), calling onLine(line, lineNumber) with 1-based line
 * numbers. Returns the number of lines. A final line without a newline is included.
 */
export async function forEachLine(chunks: AsyncIterable<string> | Iterable<string>, onLine: (line: string, lineNumber: number) => void | false): Promise<number> {
  let rest = '';
  let n = 0;
  let stopped = false;
  const emit = (line: string) => {
    n++;
    if (onLine(line.endsWith('\r') ? line.slice(0, -1) : line, n) === false) stopped = true;
  };
  for await (const chunk of chunks as AsyncIterable<string>) {
    let text = rest ? rest + chunk : chunk;
    if (n === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      emit(text.slice(start, nl));
      start = nl + 1;
      if (stopped) return n;
    }
    rest = text.slice(start);
  }
  if (rest) emit(rest);
  return n;
}
