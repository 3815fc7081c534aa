/**
 * The web import of a survey export, between its steps: the uploaded file,
 * parsed once on upload (headers and rows, JSON), lives in `survey_uploads`
 * (any app instance can serve the next step without parsing it again; it
 * expires after a day), mappings are remembered by name in
 * `survey_mappings`, and a first mapping is guessed from the column names.
 */
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { surveyMappings, surveyUploads } from '../../db/schema.js';
import { normaliseWording } from '../bulk/wordings.js';
import { MAPPABLE_FIELDS, surveyMappingSchema, type MappableField, type SurveyMapping } from '../bulk/mapping.js';
import { SURVEY_AGE_GROUPS, TARGETS } from '../survey-schema.js';
import { formString } from '../../ui/form-fields.js';
import type { Table } from '../bulk/read-table.js';

export const UPLOAD_HOURS = 24;
/** A commit that has not finished after this long crashed with its server: it may be tried again (its transaction rolled back). */
const COMMIT_TIMEOUT_MINUTES = 15;

export interface StoredUpload {
  id: string;
  fileName: string;
  size: number;
  /** The file as read when it was uploaded. */
  table: Table;
  mapping: SurveyMapping | null;
  committedAt: string | null;
  created: number | null;
  createdAt: string;
}

export async function createUpload(db: Db, o: { userId: string; fileName: string; size: number; table: Table }): Promise<string> {
  // Housekeeping: forget expired uploads (they may hold contact data).
  await db.delete(surveyUploads).where(lt(surveyUploads.expiresAt, new Date()));
  const [row] = await db
    .insert(surveyUploads)
    .values({
      uploadedBy: o.userId,
      fileName: o.fileName,
      size: o.size,
      content: JSON.stringify(o.table),
      expiresAt: new Date(Date.now() + UPLOAD_HOURS * 3600_000),
    })
    .returning({ id: surveyUploads.id });
  return row!.id;
}

/** An upload is only ever shown to the coder who uploaded it, and only until it expires. */
export async function getUpload(db: Db, id: string, userId: string): Promise<StoredUpload | undefined> {
  const rows = await db
    .select()
    .from(surveyUploads)
    .where(and(eq(surveyUploads.id, id), eq(surveyUploads.uploadedBy, userId), sql`${surveyUploads.expiresAt} > now()`))
    .limit(1);
  const r = rows[0];
  if (!r) return undefined;
  const table = parseStoredTable(r.content);
  if (!table && !r.committedAt) return undefined; // stored by an older version as the raw file: upload again
  return {
    id: r.id,
    fileName: r.fileName,
    size: r.size,
    table: table ?? { headers: [], rows: [] },
    mapping: r.mapping ? surveyMappingSchema.parse(r.mapping) : null,
    committedAt: r.committedAt ? new Date(r.committedAt).toISOString() : null,
    created: r.created,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

function parseStoredTable(content: string): Table | undefined {
  if (!content.startsWith('{')) return undefined;
  const t = JSON.parse(content) as Table;
  return Array.isArray(t.headers) && Array.isArray(t.rows) ? t : undefined;
}

export async function setUploadMapping(db: Db, id: string, mapping: SurveyMapping): Promise<void> {
  await db.update(surveyUploads).set({ mapping }).where(and(eq(surveyUploads.id, id), isNull(surveyUploads.committedAt)));
}

/** Claims the commit, so a double click or a second tab cannot import the file twice. */
export async function claimCommit(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(surveyUploads)
    .set({ committingSince: new Date() })
    .where(
      and(
        eq(surveyUploads.id, id),
        isNull(surveyUploads.committedAt),
        or(isNull(surveyUploads.committingSince), lt(surveyUploads.committingSince, new Date(Date.now() - COMMIT_TIMEOUT_MINUTES * 60_000))),
      ),
    )
    .returning({ id: surveyUploads.id });
  return rows.length === 1;
}

export async function finishCommit(db: Db, id: string, created: number): Promise<void> {
  // The file is not needed any more: keep the row for the result page, drop the content.
  await db.update(surveyUploads).set({ committedAt: new Date(), committingSince: null, created, content: '' }).where(eq(surveyUploads.id, id));
}

export async function releaseCommit(db: Db, id: string): Promise<void> {
  await db.update(surveyUploads).set({ committingSince: null }).where(eq(surveyUploads.id, id));
}

export async function listMappings(db: Db): Promise<SurveyMapping[]> {
  const rows = await db.select().from(surveyMappings).orderBy(desc(surveyMappings.updatedAt), surveyMappings.name);
  return rows.flatMap((r) => {
    const m = surveyMappingSchema.safeParse(r.mapping);
    return m.success ? [m.data] : [];
  });
}

export async function saveMapping(db: Db, mapping: SurveyMapping): Promise<void> {
  await db
    .insert(surveyMappings)
    .values({ name: mapping.name, mapping })
    .onConflictDoUpdate({ target: surveyMappings.name, set: { mapping, updatedAt: new Date() } });
}

// ---------------------------------------------------------------------------
// Guessing a mapping from the column names

/** Words in column names that point to a survey field (accent-free, lower case, whole words), nl/fr/en. */
const HEADER_WORDS: Record<MappableField, readonly string[]> = {
  name: ['q1', 'naam', 'projectnaam', 'naam van het initiatief', 'name', 'project name', 'nom', 'nom du projet', 'nom de l initiative'],
  url: ['q2', 'website', 'webadres', 'weblink', 'url', 'link', 'site', 'site web', 'online informatie'],
  description: ['q3', 'wat houdt', 'beschrijving', 'omschrijving', 'description', 'wat doet', 'what does', 'en quoi consiste'],
  goal: ['q4', 'doel', 'doelstelling', 'goal', 'aim', 'objectif'],
  location_level: ['q5', 'waar', 'where', 'locatie', 'location', 'lieu', 'niveau'],
  location_other: ['waar andere', 'locatie andere', 'other location', 'autre lieu', 'location other'],
  municipalities: ['gemeente', 'gemeenten', 'welke gemeente', 'municipality', 'municipalities', 'commune', 'communes', 'nis'],
  initiator: ['q6', 'initiatiefnemer', 'initiator', 'organisatie', 'organisation', 'organization', 'porteur', 'initiateur'],
  partners: ['q7', 'partner', 'partners', 'partenaires', 'samenwerking', 'cooperating'],
  age_groups: ['q8', 'leeftijd', 'leeftijdsgroep', 'leeftijdsgroepen', 'age', 'age group', 'age groups', 'groupe d age', 'ages'],
  target: ['q9', 'voor wie', 'doelgroep', 'doelpubliek', 'target', 'target group', 'for whom', 'pour qui', 'public cible'],
  target_other: ['voor wie andere', 'doelgroep andere', 'target other', 'other target', 'pour qui autre'],
  evaluated: ['q10', 'geevalueerd', 'evaluated', 'evaluation done', 'evalue'],
  evaluation: ['q10 hoe', 'hoe', 'how', 'comment', 'evaluatie', 'hoe geevalueerd', 'how evaluated', 'evaluation'],
  contact_name: ['naam contact', 'contactpersoon', 'contact person', 'contact name', 'nom du contact', 'personne de contact', 'contact'],
  contact_email: ['e mail', 'email', 'mail', 'e mailadres', 'emailadres', 'courriel', 'adresse e mail'],
  contact_phone: ['telefoon', 'telefoonnummer', 'gsm', 'phone', 'telephone', 'tel'],
};

const words = (s: string) => ` ${normaliseWording(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function headerScore(field: MappableField, header: string): number {
  const h = words(header);
  let score = 0;
  for (const k of HEADER_WORDS[field]) {
    const kw = words(k);
    if (h === kw) score += 5 + kw.length;
    else if (h.includes(kw)) score += kw.trim().length;
  }
  return score;
}

/** For each field the column whose name fits best; one column serves one field. */
export function guessColumns(headers: readonly string[]): Partial<Record<MappableField, string>> {
  const scored: { field: MappableField; header: string; score: number }[] = [];
  for (const field of MAPPABLE_FIELDS) for (const header of new Set(headers)) {
    const score = headerScore(field, header);
    if (score >= 2) scored.push({ field, header, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const out: Partial<Record<MappableField, string>> = {};
  const used = new Set<string>();
  for (const s of scored) {
    if (out[s.field] !== undefined || used.has(s.header)) continue;
    out[s.field] = s.header;
    used.add(s.header);
  }
  return out;
}

/** The remembered mapping that fits a file: every column it names is in the file (most recently used first). */
export function fittingMapping(mappings: readonly SurveyMapping[], headers: readonly string[]): SurveyMapping | undefined {
  const have = new Set(headers);
  return mappings.find((m) => {
    const cols = Object.values(m.columns).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    return cols.length > 0 && cols.every((c) => have.has(c));
  });
}

// ---------------------------------------------------------------------------
// The mapping form

/** Multiple-choice questions that may come as one column per answer. */
export const OPTION_FIELDS: Partial<Record<MappableField, readonly string[]>> = { age_groups: SURVEY_AGE_GROUPS, target: TARGETS };

export const columnInput = (f: MappableField) => `col_${f}`;
export const optionInput = (f: MappableField, code: string) => `opt_${f}_${code}`;

export interface MappingFormValues {
  name: string;
  separator: string;
  columns: Partial<Record<MappableField, string | Record<string, string>>>;
}

export function mappingFormFromBody(body: unknown): MappingFormValues {
  const columns: MappingFormValues['columns'] = {};
  for (const f of MAPPABLE_FIELDS) {
    const options = OPTION_FIELDS[f];
    if (options) {
      const perOption = Object.fromEntries(options.map((c) => [c, formString(body, optionInput(f, c))]).filter(([, col]) => col !== ''));
      if (Object.keys(perOption).length) {
        columns[f] = perOption;
        continue;
      }
    }
    const col = formString(body, columnInput(f));
    if (col) columns[f] = col;
  }
  return { name: formString(body, 'mapping_name').trim(), separator: formString(body, 'separator') || ',', columns };
}

export type MappingProblem = { field: 'mapping_name' | 'separator' | MappableField | 'columns'; key: string; values?: Record<string, string> };

/** Checks the form against the file's columns; keeps the extra wordings of a remembered mapping with the same name. */
export function mappingFromForm(form: MappingFormValues, headers: readonly string[], remembered: readonly SurveyMapping[]): { ok: true; mapping: SurveyMapping } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  if (!form.name) problems.push({ field: 'mapping_name', key: 'upload.mapping.error.name' });
  else if (form.name.length > 200) problems.push({ field: 'mapping_name', key: 'upload.mapping.error.nameTooLong' });
  if (form.separator.length > 3) problems.push({ field: 'separator', key: 'upload.mapping.error.separator' });
  const have = new Set(headers);
  for (const [f, target] of Object.entries(form.columns) as [MappableField, string | Record<string, string> | undefined][]) {
    if (!target) continue;
    const cols = typeof target === 'string' ? [target] : Object.values(target);
    const missing = cols.find((c) => !have.has(c));
    if (missing) problems.push({ field: f, key: 'upload.mapping.error.noColumn', values: { column: missing } });
  }
  for (const f of ['name', 'description'] as const) if (!form.columns[f]) problems.push({ field: f, key: 'upload.mapping.error.required' });
  if (problems.length) return { ok: false, problems };
  const values = remembered.find((m) => m.name === form.name)?.values ?? {};
  const columns = Object.fromEntries(Object.entries(form.columns).filter(([, v]) => v));
  const parsed = surveyMappingSchema.safeParse({ name: form.name, columns, separator: form.separator, values });
  if (!parsed.success) return { ok: false, problems: [{ field: 'columns', key: 'upload.mapping.error.invalid' }] };
  return { ok: true, mapping: parsed.data };
}
