/**
 * Where Verbind serves people (src/areas/served.ts): Flemish and Brussels municipalities by their
 * NIS code, as Statbel numbers them (REFNIS: 21 Brussels; 1, 23/24, 3, 4, 7 the Flemish provinces;
 * 25, 5, 6, 8, 9 the Walloon ones), pre-2025 and 2025 codes alike.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { isServedMunicipality } from '../../src/areas/served.js';

it('Flemish and Brussels municipalities are served; Walloon ones, pseudo-codes and other levels are not', () => {
  // Antwerpen, Lier, Leuven, Vilvoorde, Brugge, Gent, Hasselt, Brussel, Elsene, and two 2025 mergers (Tielt, Beveren-Kruibeke-Zwijndrecht).
  for (const code of ['11002', '12021', '24062', '23088', '31005', '44021', '71022', '21004', '21009', '37022', '46030']) assert.ok(isServedMunicipality(code), code);
  // Nijvel (Walloon Brabant), Charleroi, Luik, Namen, Aarlen, Bergen; Statbel's "not localisable" 99991; a care zone; nothing.
  for (const code of ['25072', '52011', '62063', '92094', '81001', '53053', '99991', 'elz29', '']) assert.ok(!isServedMunicipality(code), code);
});
