/**
 * Access facts for some of the seeded examples (issue 13), only as far as the study's description
 * of each example states them (seed 003, deel 4): how people take part (at home, by phone,
 * online, in person), where, for whom, what it costs, how to join. The study gives no opening
 * hours, addresses, languages or capacity, so none are invented here; coders complete them.
 */
import type { Access } from '../initiatives/access.js';

export const SEED_ACCESS: Readonly<Record<string, { access: Access; note: string }>> = {
  'voorbeeld-telefoonster': {
    access: { modes: ['by_phone'], target_group: 'Ouderen en sociaal geïsoleerde mensen in Gent', entry: 'contact_first' },
    note: 'een vrijwilliger belt elke week; het loopt via de lokale dienstencentra (contact eerst)',
  },
  'voorbeeld-start-to-talk': {
    access: { modes: ['online'], target_group: 'Studenten in Gent' },
    note: 'tweewekelijks online, voor studenten',
  },
  'voorbeeld-je-staat-niet-alleen': {
    access: { modes: ['at_home', 'in_person'], target_group: 'Inwoners van Kortenaken die recent iemand in het gezin verloren' },
    note: 'het lokaal bestuur gaat langs bij elke inwoner die iemand verloor, en brengt lotgenoten samen',
  },
  'voorbeeld-cultuurbuddy': {
    access: { modes: ['in_person'], target_group: 'Ouderen in Westerlo die minder mobiel zijn', accompaniment: true },
    note: 'buddy’s gaan samen met de oudere op cultuuruitstap (begeleiding)',
  },
  'voorbeeld-buurtkar': {
    access: {
      places: ['Mariekerke', 'Branst', 'Eikevliet', 'Wintam', 'Hingene', 'Buitenland', 'Weert', '’t Hoogste', 'Bornem-centrum', 'Tijpel'].map((name) => ({ name, municipality: '12007' })),
      modes: ['in_person'],
      entry: 'self',
    },
    note: 'de Buurtkar stopt volgens een vaste route in de deelgemeenten en wijken van Bornem; iedereen kan er zo terecht',
  },
  'voorbeeld-bloomup': {
    access: { cost: { free: true, note: 'Vijf gratis gesprekken met een erkend therapeut, geschonken door iemand anders' }, target_group: 'Mantelzorgers in Antwerpen', entry: 'referral' },
    note: 'iemand schenkt een mantelzorger vijf gratis gesprekken (toegang via die schenker)',
  },
  'voorbeeld-meet-en-mix-soup': {
    access: { places: [{ name: 'Wijkgezondheidscentrum Botermarkt', municipality: '44021' }], modes: ['in_person'], entry: 'self' },
    note: 'een wekelijkse bijeenkomst die uitgroeit tot een inlooppunt',
  },
};
