/** Reading what tests need from a PDF that Chromium wrote, without a PDF library. */
import assert from 'node:assert/strict';

/** Page count: the root /Pages node's /Count is the largest one (Chromium writes page trees uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  assert.ok(counts.length > 0, 'no /Pages node in the PDF');
  return Math.max(...counts);
}
