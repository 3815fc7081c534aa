import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { crsFromExtent, crsFromGeoJsonMember, crsFromWkt, CrsError, fromWgs84, parseCrs, toWgs84 } from '../../src/areas/crs.js';
import { PRJ_LAMBERT2008, PRJ_LAMBERT72 } from './files.js';

/**
 * An independent implementation of the EPSG formulas (Guidance Note 7-2: Lambert Conic Conformal
 * 2SP, method 9802; geographic ↔ geocentric; Helmert 7-parameter, position vector), with the
 * parameters written as EPSG publishes them (degrees-minutes-seconds), to check the proj4
 * definitions Verbind uses.
 */
const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

interface Lcc {
  a: number;
  f: number;
  latF: number;
  lonF: number;
  lat1: number;
  lat2: number;
  EF: number;
  NF: number;
}
const L72: Lcc = { a: 6378388, f: 1 / 297, latF: 90, lonF: dms(4, 22, 2.952), lat1: dms(51, 10, 0.00204), lat2: dms(49, 50, 0.00204), EF: 150000.013, NF: 5400088.438 };
const L08: Lcc = { a: 6378137, f: 1 / 298.257222101, latF: dms(50, 47, 52.134), lonF: dms(4, 21, 33.177), lat1: dms(49, 50, 0), lat2: dms(51, 10, 0), EF: 649328, NF: 665262 };

function lccInverse(p: Lcc, E: number, N: number): [number, number] {
  const e = Math.sqrt(2 * p.f - p.f * p.f);
  const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - e * e * Math.sin(phi) ** 2);
  const t = (phi: number) => Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const [p1, p2, pF] = [rad(p.lat1), rad(p.lat2), rad(p.latF)];
  const n = (Math.log(m(p1)) - Math.log(m(p2))) / (Math.log(t(p1)) - Math.log(t(p2)));
  const F = m(p1) / (n * t(p1) ** n);
  const rF = p.latF === 90 ? 0 : p.a * F * t(pF) ** n;
  const dx = E - p.EF;
  const dy = rF - (N - p.NF);
  const r = Math.sign(n) * Math.sqrt(dx * dx + dy * dy);
  const theta = Math.atan2(dx, dy);
  const tp = (r / (p.a * F)) ** (1 / n);
  let phi = Math.PI / 2 - 2 * Math.atan(tp);
  for (let i = 0; i < 20; i++) phi = Math.PI / 2 - 2 * Math.atan(tp * ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2));
  return [deg(theta / n) + p.lonF, deg(phi)];
}

function toGeocentric(a: number, f: number, lon: number, lat: number): [number, number, number] {
  const e2 = 2 * f - f * f;
  const [l, p] = [rad(lon), rad(lat)];
  const N = a / Math.sqrt(1 - e2 * Math.sin(p) ** 2);
  return [N * Math.cos(p) * Math.cos(l), N * Math.cos(p) * Math.sin(l), N * (1 - e2) * Math.sin(p)];
}

function fromGeocentric(a: number, f: number, X: number, Y: number, Z: number): [number, number] {
  const e2 = 2 * f - f * f;
  const p = Math.hypot(X, Y);
  let phi = Math.atan2(Z, p * (1 - e2));
  for (let i = 0; i < 20; i++) {
    const N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    const h = p / Math.cos(phi) - N;
    phi = Math.atan2(Z, p * (1 - (e2 * N) / (N + h)));
  }
  return [deg(Math.atan2(Y, X)), deg(phi)];
}

/** EPSG transformation 15929 (BD72 to WGS 84 (3)), position-vector convention: arc-seconds and ppm. */
function bd72ToWgs84(lon: number, lat: number): [number, number] {
  const [X, Y, Z] = toGeocentric(6378388, 1 / 297, lon, lat);
  const [tx, ty, tz] = [-106.8686, 52.2978, -103.7239];
  const [rx, ry, rz] = [0.3366, -0.457, 1.8422].map((s) => rad(s / 3600)) as [number, number, number];
  const k = 1 + -1.2747e-6;
  const Xo = tx + k * (X - rz * Y + ry * Z);
  const Yo = ty + k * (rz * X + Y - rx * Z);
  const Zo = tz + k * (-ry * X + rx * Y + Z);
  return fromGeocentric(6378137, 1 / 298.257223563, Xo, Yo, Zo);
}

/** Metres between two lon/lat points (equirectangular; fine at these distances). */
function metres(a: [number, number], b: [number, number]): number {
  const x = rad(a[0] - b[0]) * Math.cos(rad((a[1] + b[1]) / 2)) * 6371000;
  const y = rad(a[1] - b[1]) * 6371000;
  return Math.hypot(x, y);
}

describe('coordinate systems', () => {
  it('reprojects the brief\'s Lambert 72 point near the Brussels Grand-Place to about 4.35°E 50.85°N', () => {
    // (149000, 170000) is a rounded, kilometre-level location of the Grand-Place, so 0.01° (≈ 0.7 km
    // east-west, 1.1 km north-south) is the honest tolerance here; the precise checks follow.
    const [lon, lat] = toWgs84('EPSG:31370')(149000, 170000);
    assert.ok(Math.abs(lon - 4.35) < 0.01, `lon ${lon}`);
    assert.ok(Math.abs(lat - 50.85) < 0.01, `lat ${lat}`);
    // The Grand-Place itself (50.8467°N, 4.3525°E) lies within a kilometre of that point.
    assert.ok(metres([lon, lat], [4.3525, 50.8467]) < 1000);
  });

  it('matches an independent implementation of the EPSG formulas for Lambert 72 (projection and BD72 datum shift) to 1 mm', () => {
    for (const [E, N] of [[149000, 170000], [20000, 200000], [250000, 50000], [100000, 230000]] as const) {
      const expected = bd72ToWgs84(...lccInverse(L72, E, N));
      const got = toWgs84('EPSG:31370')(E, N);
      assert.ok(metres(got, expected) < 0.001, `(${E}, ${N}): ${got} vs ${expected}, ${metres(got, expected)} m`);
    }
  });

  it('matches the EPSG formulas for Lambert 2008 (ETRS89 taken as WGS84) to 1 mm', () => {
    for (const [E, N] of [[649000, 670000], [520000, 700000], [750000, 550000]] as const) {
      const expected = lccInverse(L08, E, N);
      const got = toWgs84('EPSG:3812')(E, N);
      assert.ok(metres(got, expected) < 0.001, `(${E}, ${N}): ${got} vs ${expected}`);
    }
  });

  it('puts a place at the same spot from Lambert 72 and Lambert 2008 (datum shift applied)', () => {
    // The same WGS84 point expressed in both systems and back must agree to well under a metre; the
    // BD72 datum shift is ~100 m, so a missing or mis-signed shift would show.
    const p: [number, number] = [4.3525, 50.8467];
    const l72 = fromWgs84('EPSG:31370')(...p);
    const l08 = fromWgs84('EPSG:3812')(...p);
    assert.ok(metres(toWgs84('EPSG:31370')(...l72), p) < 0.01);
    assert.ok(metres(toWgs84('EPSG:3812')(...l08), p) < 0.01);
    // Lambert 2008 is about Lambert 72 + 500 km in both axes (EPSG's remark on EPSG:3812).
    assert.ok(Math.abs(l08[0] - l72[0] - 500000) < 50 && Math.abs(l08[1] - l72[1] - 500000) < 50, `${l08} vs ${l72}`);
    // Without the datum shift the Grand-Place would move by about 100 m.
    const noShift = lccInverse(L72, ...l72);
    assert.ok(metres(noShift, p) > 50);
  });

  it('recognises the coordinate system from a .prj, a GeoJSON crs member, or the coordinates', () => {
    assert.equal(crsFromWkt(PRJ_LAMBERT72), 'EPSG:31370');
    assert.equal(crsFromWkt(PRJ_LAMBERT2008), 'EPSG:3812');
    assert.equal(crsFromWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'), 'EPSG:4326');
    assert.throws(() => crsFromWkt('PROJCS["WGS_1984_UTM_Zone_31N",GEOGCS["GCS_WGS_1984"],PROJECTION["Transverse_Mercator"]]'), CrsError);
    assert.equal(crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } }), 'EPSG:31370');
    assert.equal(crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }), 'EPSG:4326');
    assert.equal(crsFromGeoJsonMember(undefined), undefined);
    assert.throws(() => crsFromGeoJsonMember({ type: 'name', properties: { name: 'EPSG:32631' } }), /EPSG:32631/);
    assert.equal(crsFromExtent({ minX: 2.5, minY: 49.5, maxX: 6.4, maxY: 51.5 }), 'EPSG:4326');
    assert.equal(crsFromExtent({ minX: 22000, minY: 21000, maxX: 295000, maxY: 245000 }), 'EPSG:31370');
    assert.equal(crsFromExtent({ minX: 520000, minY: 520000, maxX: 795000, maxY: 745000 }), 'EPSG:3812');
    assert.throws(() => crsFromExtent({ minX: 400000, minY: 5600000, maxX: 700000, maxY: 5800000 }), /fit none/);
    assert.equal(parseCrs('31370'), 'EPSG:31370');
    assert.equal(parseCrs('lambert2008'), 'EPSG:3812');
    assert.equal(parseCrs('wgs84'), 'EPSG:4326');
    assert.equal(parseCrs('EPSG:25831'), undefined);
  });
});
