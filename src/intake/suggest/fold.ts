/**
 * Lower-cases and removes accents character by character, so every index in
 * the folded text is the same index in the original: a trigger found in the
 * folded text can be shown (highlighted) in the respondent's own words.
 */
export function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Keep one UTF-16 unit per original unit; rare multi-unit results fall back to the original.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
