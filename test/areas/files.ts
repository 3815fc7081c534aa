/** Small hand-made files for the area tests: a zip writer and a polygon Shapefile writer. */
import { crc32, deflateRawSync } from 'node:zlib';

export const DATA = new URL('../../../shared/data/', import.meta.url).pathname;

/**
 * A minimal zip (deflated entries, or `stored` uncompressed), to test zipped inputs without shipping a zip.
 * `deflated` gives an entry already compressed (raw deflate), with its inflated size and CRC: a zip bomb.
 */
export function makeZip(files: { name: string; data: Uint8Array | string; stored?: boolean; deflated?: { size: number; crc: number } }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const data = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
    const body = f.stored || f.deflated ? data : deflateRawSync(data);
    const method = f.stored ? 0 : 8;
    const name = Buffer.from(f.name, 'utf8');
    const crc = f.deflated ? f.deflated.crc : crc32(data);
    const size = f.deflated ? f.deflated.size : data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(33, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(33, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += lh.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export interface ShapeRecord {
  /** Rings of [x, y]; outer rings clockwise (the Shapefile convention), closed. */
  rings: [number, number][][];
  fields: Record<string, string>;
}

/** Writes a polygon Shapefile (.shp and .dbf bytes; text fields, UTF-8). */
export function writeShapefile(records: ShapeRecord[]): { shp: Uint8Array; dbf: Uint8Array } {
  const all = records.flatMap((r) => r.rings.flat());
  const box = [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))];
  const contents = records.map((r) => {
    const pts = r.rings.flat();
    const b = Buffer.alloc(44 + 4 * r.rings.length + 16 * pts.length);
    b.writeInt32LE(5, 0);
    const rb = [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
    rb.forEach((v, i) => b.writeDoubleLE(v, 4 + 8 * i));
    b.writeInt32LE(r.rings.length, 36);
    b.writeInt32LE(pts.length, 40);
    let start = 0;
    r.rings.forEach((ring, i) => {
      b.writeInt32LE(start, 44 + 4 * i);
      start += ring.length;
    });
    const p0 = 44 + 4 * r.rings.length;
    pts.forEach((p, i) => {
      b.writeDoubleLE(p[0], p0 + 16 * i);
      b.writeDoubleLE(p[1], p0 + 16 * i + 8);
    });
    return b;
  });
  const header = Buffer.alloc(100);
  const length = 100 + contents.reduce((s, c) => s + 8 + c.length, 0);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(length / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  box.forEach((v, i) => header.writeDoubleLE(v, 36 + 8 * i));
  const recs = contents.map((c, i) => {
    const h = Buffer.alloc(8);
    h.writeInt32BE(i + 1, 0);
    h.writeInt32BE(c.length / 2, 4);
    return Buffer.concat([h, c]);
  });
  const shp = Buffer.concat([header, ...recs]);

  const names = [...new Set(records.flatMap((r) => Object.keys(r.fields)))];
  const widths = names.map((n) => Math.max(1, ...records.map((r) => Buffer.byteLength(r.fields[n] ?? '', 'utf8'))));
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + widths.reduce((s, w) => s + w, 0);
  const dh = Buffer.alloc(32);
  dh.writeUInt8(0x03, 0);
  dh.writeUInt8(124, 1);
  dh.writeUInt8(1, 2);
  dh.writeUInt8(1, 3);
  dh.writeUInt32LE(records.length, 4);
  dh.writeUInt16LE(headerLength, 8);
  dh.writeUInt16LE(recordLength, 10);
  const fds = names.map((n, i) => {
    const fd = Buffer.alloc(32);
    fd.write(n.slice(0, 10), 0, 'latin1');
    fd.write('C', 11, 'latin1');
    fd.writeUInt8(widths[i]!, 16);
    return fd;
  });
  const rows = records.map((r) => {
    const b = Buffer.alloc(recordLength, 0x20);
    let o = 1;
    names.forEach((n, i) => {
      b.write(r.fields[n] ?? '', o, 'utf8');
      o += widths[i]!;
    });
    return b;
  });
  const dbf = Buffer.concat([dh, ...fds, Buffer.from([0x0d]), ...rows, Buffer.from([0x1a])]);
  return { shp: new Uint8Array(shp), dbf: new Uint8Array(dbf) };
}

/** A square ring around (x, y), clockwise (outer ring in a Shapefile), closed. */
export function squareCw(x: number, y: number, half: number): [number, number][] {
  return [
    [x - half, y - half],
    [x - half, y + half],
    [x + half, y + half],
    [x + half, y - half],
    [x - half, y - half],
  ];
}

export const PRJ_LAMBERT72 =
  'PROJCS["Belge_Lambert_1972",GEOGCS["GCS_Belge_1972",DATUM["D_Belge_1972",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",150000.013],PARAMETER["False_Northing",5400088.438],PARAMETER["Central_Meridian",4.367486666666666],PARAMETER["Standard_Parallel_1",49.8333339],PARAMETER["Standard_Parallel_2",51.16666723333333],PARAMETER["Latitude_Of_Origin",90.0],UNIT["Meter",1.0]]';
export const PRJ_LAMBERT2008 =
  'PROJCS["ETRS_1989_Belgian_Lambert_2008",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",649328.0],PARAMETER["False_Northing",665262.0],PARAMETER["Central_Meridian",4.359215833333333],PARAMETER["Standard_Parallel_1",49.83333333333334],PARAMETER["Standard_Parallel_2",51.16666666666666],PARAMETER["Latitude_Of_Origin",50.797815],UNIT["Meter",1.0]]';

// ---------------------------------------------------------------- hand-made Statbel files

export const POP_HEADER =
  'CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_DSTR_REFNIS|TX_ADM_DSTR_DESCR_NL|TX_ADM_DSTR_DESCR_FR|CD_PROV_REFNIS|TX_PROV_DESCR_NL|TX_PROV_DESCR_FR|CD_RGN_REFNIS|TX_RGN_DESCR_NL|TX_RGN_DESCR_FR|CD_SEX|CD_NATLTY|TX_NATLTY_NL|TX_NATLTY_FR|CD_CIV_STS|TX_CIV_STS_NL|TX_CIV_STS_FR|CD_AGE|MS_POPULATION';

export interface FakeMunicipality {
  code: string;
  name: string;
  district: string;
  province: string;
  region: string;
  /** Scales every cell; 0 gives a handful of residents (below the suppression threshold). */
  size: number;
}

/** Municipalities of 2024 around the 2025 mergers used in the tests (and a tiny one). */
export const FAKE_MUNICIPALITIES: FakeMunicipality[] = [
  { code: '11002', name: 'Antwerpen', district: '11000', province: '10000', region: '02000', size: 9 },
  { code: '11007', name: 'Borsbeek', district: '11000', province: '10000', region: '02000', size: 2 },
  { code: '11056', name: 'Zwijndrecht', district: '11000', province: '10000', region: '02000', size: 3 },
  { code: '12041', name: 'Puurs-Sint-Amands', district: '12000', province: '10000', region: '02000', size: 3 },
  { code: '46003', name: 'Beveren', district: '46000', province: '40000', region: '02000', size: 4 },
  { code: '46013', name: 'Kruibeke', district: '46000', province: '40000', region: '02000', size: 2 },
  { code: '73028', name: 'Herstappe', district: '73000', province: '70000', region: '02000', size: 0 },
  { code: '21004', name: 'Brussel', district: '21000', province: '', region: '04000', size: 6 },
];

const CIV = ['', 'Ongehuwd|Célibataire', 'Gehuwd|Marié', 'Weduwstaat|Veuf', 'Gescheiden|Divorcé'];

/** A TF_SOC_POP_STRUCT text (BOM, pipes) with deterministic counts; zero cells omitted like Statbel does. */
export function populationText(munis: readonly FakeMunicipality[] = FAKE_MUNICIPALITIES, opts: { yearShift?: number } = {}): string {
  const lines = [`\uFEFF${POP_HEADER}`];
  for (const m of munis) {
    for (let age = 0; age <= 100; age += m.size === 0 ? 20 : 1) {
      for (const sex of ['M', 'F']) {
        for (const nat of ['BEL', 'ETR']) {
          for (let civ = 1; civ <= 4; civ++) {
            if (age < 18 && civ > 1) continue;
            const base = m.size === 0 ? 1 : m.size * (1 + ((age * 7 + civ * 3 + (sex === 'F' ? 5 : 0) + (nat === 'ETR' ? 11 : 0) + (opts.yearShift ?? 0)) % 13));
            const n = nat === 'ETR' && m.size !== 0 ? Math.floor(base / 4) : base;
            if (n === 0) continue;
            const [cn, cf] = CIV[civ]!.split('|');
            lines.push(
              [m.code, m.name, m.name, m.district, `Arr ${m.district}`, `Arr ${m.district}`, m.province, m.province ? `Prov ${m.province}` : '', m.province ? `Prov ${m.province}` : '', m.region, m.region === '04000' ? 'Brussels Hoofdstedelijk Gewest' : 'Vlaams Gewest', m.region === '04000' ? 'Région de Bruxelles-Capitale' : 'Région flamande', sex, nat, nat === 'BEL' ? 'Belgen' : 'niet-Belgen', nat === 'BEL' ? 'Belges' : 'non-Belges', String(civ), cn, cf, String(age), String(n)].join('|'),
            );
          }
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

export const SECTOR_HEADER = 'CD_REFNIS|CD_SECTOR|TOTAL|DT_STRT_SECTOR|DT_STOP_SECTOR|OPPERVLAKKTE IN HM²|TX_DESCR_SECTOR_NL|TX_DESCR_SECTOR_FR|TX_DESCR_NL|TX_DESCR_FR';

/** An OPENDATA_SECTOREN text with 2025 codes: sector, municipality, total. */
export function sectorText(rows: readonly [string, string, number, string?][]): string {
  return `\uFEFF${SECTOR_HEADER}\n${rows.map(([m, s, t, name]) => [m, s, t, '01/01/2025', '31/12/9999', 100, name ?? s, name ?? s, m, m].join('|')).join('\n')}\n`;
}

// ---------------------------------------------------------------- small area files

const enc = (s: string) => new TextEncoder().encode(s);

/** A small REFNIS list around the 2019 and 2025 mergers. */
export const REFNIS_SMALL = enc(
  '\uFEFFLVL_REFNIS|CD_REFNIS|CD_SUP_REFNIS|TX_REFNIS_DE|TX_REFNIS_FR|TX_REFNIS_NL|DT_VLDT_START|DT_VLDT_END\r\n' +
    [
      '1|02000|-|Flämische Region|Région flamande|Vlaams Gewest|01/01/1970|31/12/9999',
      '2|10000|02000|Provinz Antwerpen|Province d\'Anvers|Provincie Antwerpen|01/01/1970|31/12/9999',
      '2|40000|02000|Provinz Ostflandern|Province de Flandre orientale|Provincie Oost-Vlaanderen|01/01/1970|31/12/9999',
      '3|11000|10000|Bezirk Antwerpen|Arrondissement d\'Anvers|Arrondissement Antwerpen|01/01/1970|31/12/9999',
      '3|12000|10000|Bezirk Mecheln|Arrondissement de Malines|Arrondissement Mechelen|01/01/1970|31/12/9999',
      '3|46000|40000|Bezirk Sankt Niklaas|Arrondissement de Saint-Nicolas|Arrondissement Sint-Niklaas|01/01/1970|31/12/9999',
      '4|11002|11000|Antwerpen|Anvers|Antwerpen|01/01/1977|31/12/9999',
      '4|11007|11000|Borsbeek|Borsbeek|Borsbeek|01/01/1977|31/12/9999',
      '4|11056|11000|Zwijndrecht|Zwijndrecht|Zwijndrecht|01/01/1977|31/12/9999',
      '4|12030|12000|Puurs|Puurs|Puurs|01/01/1977|31/12/2018',
      '4|12034|12000|Sint-Amands|Sint-Amands|Sint-Amands|01/01/1977|31/12/2018',
      '4|12041|12000|Puurs-Sint-Amands|Puurs-Sint-Amands|Puurs-Sint-Amands|01/01/2019|31/12/9999',
      '4|46003|46000|Beveren|Beveren|Beveren|01/01/1977|31/12/9999',
      '4|46013|46000|Kruibeke|Kruibeke|Kruibeke|01/01/1977|31/12/9999',
    ].join('\r\n') +
    '\r\n',
);

/** Statistical sectors of 2025 (Provincie Antwerpen's layout), showing the 2025 and 2019 mergers. */
export const SECTORS_2025_SMALL = enc(
  'statsec,statsec_naam,gemeente,gemeente_naam,elz,elz_naam,arrondiss,provincie,gewest,gewest_naam\n' +
    [
      '11002A00-,Antwerpen Kern,11002,Antwerpen,elz1a,Antwerpen,11000,10000,2000,Vlaams Gewest',
      '11007A00-,Borsbeek-Centrum,11002,Antwerpen,elz1a,Antwerpen,11000,10000,2000,Vlaams Gewest',
      '11056A00-,Zwijndrecht-Centrum,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,46000,40000,2000,Vlaams Gewest',
      '46003A00-,Beveren-Centrum,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,46000,40000,2000,Vlaams Gewest',
      '46003A01-,Beveren-Noord,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,46000,40000,2000,Vlaams Gewest',
      '46013A00-,Kruibeke-Centrum,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,46000,40000,2000,Vlaams Gewest',
      '12030A00-,Puurs-Centrum,12041,Puurs-Sint-Amands,elz20,Klein-Brabant,12000,10000,2000,Vlaams Gewest',
      '12034A00-,Sint-Amands-Centrum,12041,Puurs-Sint-Amands,elz20,Klein-Brabant,12000,10000,2000,Vlaams Gewest',
    ].join('\n') +
    '\n',
);

