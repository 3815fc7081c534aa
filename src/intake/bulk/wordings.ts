/**
 * Built-in answer wordings for closed questions, in the study's Dutch
 * (bijlage 2) and in French and English, so an export with answer texts
 * instead of codes imports without extra configuration.
 */
import { AXES } from '../../vocabulary/matrix.js';
import { foldAccents } from '../../search/normalise.js';
import { intakeMessages } from '../messages.js';
import { LOCATION_LEVELS, TARGETS } from '../survey-schema.js';

export const normaliseWording = (s: string) =>
  foldAccents(s)
    .toLowerCase()
    .replace(/\(n\)|\(s\)/g, 'n')
    .replace(/[’'`"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function table(entries: [string, string][]): Map<string, string> {
  const m = new Map<string, string>();
  for (const [wording, code] of entries) {
    m.set(normaliseWording(wording), code);
    // "Ouderen (60+)" also as "Ouderen".
    const bare = normaliseWording(wording.replace(/\s*\(.*?\)\s*/g, ' '));
    if (bare && !m.has(bare)) m.set(bare, code);
  }
  return m;
}

const msgs = (prefix: string, codes: readonly string[]): [string, string][] =>
  (['nl', 'fr', 'en'] as const).flatMap((l) => codes.map((c) => [intakeMessages[l][`${prefix}.${c}` as keyof (typeof intakeMessages)['nl']] as string, c] as [string, string]));

export const WORDINGS: Record<'age_groups' | 'target' | 'location_level' | 'evaluated', Map<string, string>> = {
  age_groups: table([
    ...AXES.age_groups.codes.flatMap((c) => [[c.code, c.code], [c.label.nl, c.code], [c.label.fr, c.code], [c.label.en, c.code]] as [string, string][]),
    ['ouderen', 'older'], ['senioren', 'older'], ['ik weet het niet', 'unknown'], ['weet niet', 'unknown'], ['je ne sais pas', 'unknown'], ["don't know", 'unknown'],
  ]),
  target: table([
    ...TARGETS.map((c) => [c, c] as [string, string]),
    ...msgs('survey.q9', TARGETS),
    ['personen met risico op eenzaamheid', 'at_risk'], ['personen met eenzaamheid', 'lonely'], ['andere', 'other'], ['anderen', 'other'], ['ik weet het niet', 'unknown'],
  ]),
  location_level: table([
    ...LOCATION_LEVELS.map((c) => [c, c] as [string, string]),
    ...msgs('survey.q5', LOCATION_LEVELS),
    ['buurt', 'neighbourhood'], ['wijk', 'neighbourhood'], ['quartier', 'neighbourhood'], ['lokaal', 'municipality'], ['gemeente', 'municipality'], ['gemeentelijk', 'municipality'],
    ['local', 'municipality'], ['commune', 'municipality'], ['regionaal', 'region'], ['regio', 'region'], ['bovenlokaal', 'region'], ['regional', 'region'],
    ['vlaanderen', 'flanders_brussels'], ['brussel', 'flanders_brussels'], ['vlaams', 'flanders_brussels'], ['ik weet het niet', 'unknown'], ['andere', 'other'], ['anderen', 'other'],
  ]),
  evaluated: table([
    ['yes', 'yes'], ['ja', 'yes'], ['oui', 'yes'], ['no', 'no'], ['nee', 'no'], ['neen', 'no'], ['non', 'no'],
    ['unknown', 'unknown'], ['ik weet het niet', 'unknown'], ['weet niet', 'unknown'], ['je ne sais pas', 'unknown'], ["don't know", 'unknown'],
  ]),
};
