/** Turns file bytes into text and tells JSON from CSV by content. */
import { extname } from 'node:path';

export type InterchangeFormat = 'json' | 'csv';

/** UTF-8 text without a byte order mark, or undefined when the bytes are not UTF-8. */
export function decodeUtf8(content: string | Uint8Array): string | undefined {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      return undefined;
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** JSON when the first non-space character opens an array or object, or when the name says .json; else CSV. */
export function detectFormat(fileName: string, text: string): InterchangeFormat {
  const first = /\S/.exec(text)?.[0];
  if (first === '[' || first === '{') return 'json';
  return extname(fileName).toLowerCase() === '.json' ? 'json' : 'csv';
}
