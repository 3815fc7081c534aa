/** Finds trigger words in a text, with their place in the original text. */
import { foldKeepingPositions } from './fold.js';

export interface Hit {
  /** Which survey answer the words were found in. */
  field: string;
  start: number;
  end: number;
  /** The words as the respondent wrote them. */
  text: string;
}

const cache = new Map<string, RegExp>();

/** A trigger matches at the start of a word; a space matches spaces or hyphens; a trailing space means "whole word". */
function triggerRegex(trigger: string): RegExp {
  let re = cache.get(trigger);
  if (!re) {
    const wholeWord = trigger.endsWith(' ');
    const body = trigger
      .trim()
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\-]+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${wholeWord ? '(?![\\p{L}\\p{N}])' : ''}`, 'gu');
    cache.set(trigger, re);
  }
  re.lastIndex = 0;
  return re;
}

// The same answers are searched for every code: fold each text once.
const folds = new Map<string, string>();
function folded(text: string): string {
  let f = folds.get(text);
  if (f === undefined) {
    if (folds.size > 500) folds.clear();
    f = foldKeepingPositions(text);
    folds.set(text, f);
  }
  return f;
}

export function findHits(field: string, original: string, triggers: readonly string[]): Hit[] {
  if (!original || triggers.length === 0) return [];
  const folded_ = folded(original);
  const hits: Hit[] = [];
  for (const t of triggers) {
    const re = triggerRegex(t);
    for (const m of folded_.matchAll(re)) {
      // Extend the highlight to the end of the word, so "ontmoet" shows as "ontmoeting".
      let end = m.index + m[0].length;
      while (end < folded_.length && /[\p{L}\p{N}]/u.test(folded_[end]!)) end++;
      hits.push({ field, start: m.index, end, text: original.slice(m.index, end) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
