/**
 * Suggestion quality on coded examples: of the elements the coders (or the
 * study) assigned, how many did the suggestions propose (recall), and how
 * many proposals were right (precision). Micro-averaged over all examples.
 */
import type { SurveyAnswers } from '../survey-schema.js';
import { suggestCoding } from './suggest.js';

export interface CodedExample {
  id: string;
  answers: SurveyAnswers;
  elements: readonly string[];
}

export interface ElementQuality {
  recall: number;
  precision: number;
  truePositives: number;
  expected: number;
  proposed: number;
  perExample: { id: string; missed: string[]; wrong: string[] }[];
}

export function elementQuality(examples: readonly CodedExample[]): ElementQuality {
  let tp = 0;
  let expected = 0;
  let proposed = 0;
  const perExample = examples.map((ex) => {
    const got = new Set(suggestCoding(ex.answers).filter((s) => s.axis === 'elements').map((s) => s.code));
    const want = new Set(ex.elements);
    const hit = [...got].filter((c) => want.has(c));
    tp += hit.length;
    expected += want.size;
    proposed += got.size;
    return { id: ex.id, missed: [...want].filter((c) => !got.has(c)), wrong: [...got].filter((c) => !want.has(c)) };
  });
  return { recall: expected ? tp / expected : 1, precision: proposed ? tp / proposed : 1, truePositives: tp, expected, proposed, perExample };
}
