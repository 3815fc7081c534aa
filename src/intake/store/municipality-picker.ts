/**
 * The survey's municipality picker (issue 14): the Flemish and Brussels municipalities valid now,
 * from the area model (the 2025 municipalities once the official lists are imported; the seeded
 * ones before), grouped by province and, where the hierarchy is imported, by primary care zone
 * (eerstelijnszone). A whole zone can be ticked: it stands for its municipalities.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areaLinks, areas } from '../../db/schema.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { listMunicipalities } from '../../areas/store/names.js';

/**
 * The province (or, for Brussels, the region) of a Flemish or Brussels NIS municipality code, from
 * the code itself: Statbel's REFNIS codes start with the province's digit (1 Antwerp, 3 West
 * Flanders, 4 East Flanders, 7 Limburg), Flemish Brabant's with 23 or 24 and Brussels' with 21;
 * the other codes (Wallonia, 25 Walloon Brabant) are outside the survey's area.
 */
export function provinceOf(nis: string): PickerProvince | undefined {
  if (!/^\d{5}$/.test(nis)) return undefined;
  if (nis.startsWith('21')) return '04000';
  if (nis.startsWith('23') || nis.startsWith('24')) return '20001';
  return ({ '1': '10000', '3': '30000', '4': '40000', '7': '70000' } as const)[nis[0] as '1' | '3' | '4' | '7'];
}

/** In Statbel's order of the five Flemish provinces, then Brussels. */
export const PICKER_PROVINCES = ['10000', '20001', '30000', '40000', '70000', '04000'] as const;
export type PickerProvince = (typeof PICKER_PROVINCES)[number];

export interface PickerMunicipality {
  code: string;
  name: string;
}
export interface PickerZone {
  /** The care zone's code (e.g. "elz1"), or '' for municipalities without a known zone. */
  code: string;
  name: string;
  municipalities: PickerMunicipality[];
}
export interface PickerGroup {
  province: PickerProvince;
  zones: PickerZone[];
}

/** Value of a whole-zone checkbox; the form sends it among the municipality codes. */
export const ZONE_PREFIX = 'zone:';

/**
 * Groups municipalities by province, then by zone (sorted by name; a zone whose municipalities
 * lie in several provinces goes with the province of most of them). Pure, for tests.
 */
export function groupForPicker(municipalities: readonly PickerMunicipality[], zoneOf: ReadonlyMap<string, { code: string; name: string }>, lang: Lang): PickerGroup[] {
  type Collecting = PickerZone & { provinces: Map<PickerProvince, number> };
  const zones = new Map<string, Collecting>();
  const none = new Map<PickerProvince, PickerMunicipality[]>();
  for (const m of municipalities) {
    const province = provinceOf(m.code);
    if (!province) continue;
    const z = zoneOf.get(m.code);
    if (!z) {
      none.set(province, [...(none.get(province) ?? []), m]);
      continue;
    }
    const zone: Collecting = zones.get(z.code) ?? { code: z.code, name: z.name, municipalities: [], provinces: new Map() };
    zone.municipalities.push(m);
    zone.provinces.set(province, (zone.provinces.get(province) ?? 0) + 1);
    zones.set(z.code, zone);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
  const out: PickerGroup[] = [];
  for (const province of PICKER_PROVINCES) {
    const inProvince: PickerZone[] = [...zones.values()]
      .filter((z) => [...z.provinces].sort((a, b) => b[1] - a[1])[0]![0] === province)
      .map(({ provinces: _p, ...z }) => ({ ...z, municipalities: [...z.municipalities].sort(byName) }))
      .sort(byName);
    const loose = none.get(province);
    if (loose?.length) inProvince.push({ code: '', name: '', municipalities: [...loose].sort(byName) });
    if (inProvince.length) out.push({ province, zones: inProvince });
  }
  return out;
}

export interface MunicipalityPicker {
  groups: PickerGroup[];
  /** Every municipality code in the picker. */
  known: ReadonlySet<string>;
}

/** The picker for a language: municipalities valid now with their current care zone. */
export async function loadMunicipalityPicker(db: Db, lang: Lang): Promise<MunicipalityPicker> {
  const [municipalities, links, zoneRows] = await Promise.all([
    listMunicipalities(db, lang),
    db
      .select({ child: areaLinks.childCode, parent: areaLinks.parentCode })
      .from(areaLinks)
      .where(and(eq(areaLinks.childLevel, 'municipality'), eq(areaLinks.parentLevel, 'zone'), isNull(areaLinks.validTo))),
    db.select({ code: areas.code, nameNl: areas.nameNl, nameFr: areas.nameFr }).from(areas).where(and(eq(areas.level, 'zone'), isNull(areas.validTo))),
  ]);
  const zoneName = new Map(zoneRows.map((z) => [z.code, lang === 'fr' && z.nameFr ? z.nameFr : z.nameNl]));
  const zoneOf = new Map(links.filter((l) => zoneName.has(l.parent)).map((l) => [l.child, { code: l.parent, name: zoneName.get(l.parent)! }]));
  const groups = groupForPicker(municipalities, zoneOf, lang);
  return { groups, known: new Set(groups.flatMap((g) => g.zones.flatMap((z) => z.municipalities.map((m) => m.code)))) };
}

/**
 * The municipality codes a form sent, with each ticked zone replaced by its municipalities (in the
 * picker's order, without duplicates). An unknown zone stays as it is, so validation names it.
 */
export function expandZones(codes: readonly string[], picker: MunicipalityPicker): string[] {
  const zones = new Map(picker.groups.flatMap((g) => g.zones.filter((z) => z.code).map((z) => [z.code, z.municipalities.map((m) => m.code)] as const)));
  const out = new Set<string>();
  for (const c of codes) {
    if (!c.startsWith(ZONE_PREFIX)) out.add(c);
    else for (const m of zones.get(c.slice(ZONE_PREFIX.length)) ?? [c]) out.add(m);
  }
  return [...out];
}
