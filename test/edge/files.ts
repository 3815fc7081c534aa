/** Hostile files for the upload-limit tests, built in memory in milliseconds. */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import ExcelJS from 'exceljs';
import { makeZip } from '../areas/files.js';

const MIB = 1024 * 1024;

/**
 * A zip bomb: one file of `mib` MiB of zeros. The deflate stream is one 1 MiB block of zeros,
 * compressed once and flushed (not final), repeated, then an empty final block — the same bytes
 * a compressor would write, at ~1,000:1, without ever holding the inflated data.
 */
export function zeroBomb(fileName: string, mib: number, inner = 'bomb.txt'): Uint8Array {
  const zeros = Buffer.alloc(MIB);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  const body = Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(zeros, crc);
  return makeZip([{ name: inner, data: body, deflated: { size: mib * MIB, crc } }]);
}

/** The XLSX: A1–A500 and one cell at XFD1 (~12 KB), as Excel-writing libraries make it. */
export async function wideSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Antwoorden');
  for (let r = 1; r <= 500; r++) s.getCell(`A${r}`).value = r === 1 ? 'Q1 Naam' : `Initiatief ${r}`;
  s.getCell('XFD1').value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same workbook without its `<dimension>` element (optional in the format): only the cell itself tells. */
export async function withoutDimension(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(xlsx), { lazyEntries: true, autoClose: false });
  const files: { name: string; data: Uint8Array }[] = [];
  for await (const e of zip.eachEntry()) {
    if (e.fileName.endsWith('/')) continue;
    const parts: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) parts.push(c as Buffer);
    let data = Buffer.concat(parts);
    if (/^xl\/worksheets\//.test(e.fileName)) data = Buffer.from(data.toString('utf8').replace(/<dimension[^>]*\/>/, ''));
    files.push({ name: e.fileName, data });
  }
  zip.close();
  return makeZip(files);
}
