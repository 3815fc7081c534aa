/**
 * Where Verbind serves people: Flanders and Brussels (its initiatives, care zones and survey). The
 * region of a municipality follows from its NIS (REFNIS) code: Brussels' codes start with 21,
 * Flemish Brabant's with 23 or 24, the other Flemish provinces' with their digit (1 Antwerp,
 * 3 West Flanders, 4 East Flanders, 7 Limburg); Walloon codes start with 25 (Walloon Brabant) or
 * 5, 6, 8, 9. Statbel's 9999x "not localisable" pseudo-codes belong to no region.
 */

/** Whether a municipality's NIS code (pre-2025 or 2025) lies in Flanders or Brussels. */
export function isServedMunicipality(code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false;
  return /^(21|23|24|[1347])/.test(code);
}
