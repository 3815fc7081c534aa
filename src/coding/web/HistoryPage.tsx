/** /{lang}/coding/initiatives/{id}/history: who changed what, when, with before → after in words. */
import type { Revision } from '../../initiatives/store/repository.js';
import type { StoredInitiative } from '../../initiatives/record.js';
import type { Lang, MessageKey, Translate } from '../../i18n/index.js';
import { findCode } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import { fieldLabel, formatWhen, isAxis } from '../desk-ui.js';
import { scheduleText } from '../../initiatives/schedule-text.js';
import type { Schedule } from '../../initiatives/access.js';
import { DataTable } from '../../ui/DataTable.js';

const KNOWN_ACTIONS = new Set(['create', 'update', 'publish', 'archive', 'unpublish', 'seed', 'import']);
const MAX_SHOWN = 400;

export function HistoryPage({ stored, revisions }: { stored: StoredInitiative; revisions: readonly Revision[] }) {
  const { lang, t } = usePage();
  return (
    <>
      <p>
        <a href={href(lang, `/coding/initiatives/${encodeURIComponent(stored.id)}`)}>{t('coding.history.back', { name: stored.name })}</a>
      </p>
      <h1>{t('coding.history.heading', { name: stored.name })}</h1>
      <p className="lead">{t('coding.history.lead')}</p>
      {revisions.length === 0 && <p>{t('coding.history.none')}</p>}
      <ol className="plain">
        {revisions.map((r, i) => (
          <li key={i}>
            <h2 id={`revision-${i}`}>
              {formatWhen(r.at, lang)}: {KNOWN_ACTIONS.has(r.action) ? t(`coding.action.${r.action}` as MessageKey) : r.action}
            </h2>
            <p>{t('coding.history.by', { who: r.actor })}</p>
            <ChangesTable changes={r.changes} labelledBy={`revision-${i}`} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** A change of the access facts as one row per fact that changed (access.places, access.languages, …). */
export function expandAccess(changes: Revision['changes']): Revision['changes'] {
  const access = changes.access;
  if (!access) return changes;
  const { access: _a, ...rest } = changes;
  const [before, after] = access as [Record<string, unknown> | null, Record<string, unknown> | null];
  const out: Revision['changes'] = { ...rest };
  for (const k of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) out[`access.${k}`] = [b, a];
  }
  return out;
}

function ChangesTable({ changes: raw, labelledBy }: { changes: Revision['changes']; labelledBy: string }) {
  const { lang, t } = usePage();
  const changes = expandAccess(raw);
  // A creation lists every field; leave out the ones that stay empty, they say nothing.
  const fields = Object.keys(changes).filter((f) => readable(f, changes[f]![0], lang, t) !== readable(f, changes[f]![1], lang, t));
  if (!fields.length) return null;
  return (
    <DataTable caption={t('coding.history.changes')} captionHidden labelledBy={labelledBy} columns={[{ label: t('coding.history.field') }, { label: t('coding.history.before') }, { label: t('coding.history.after') }]}>
      {fields.map((f) => {
        const [before, after] = changes[f]!;
        return (
          <tr key={f}>
            <th scope="row">{fieldLabel(f, lang, t)}</th>
            <td>{readable(f, before, lang, t)}</td>
            <td>
              <span className="visually-hidden">→ </span>
              {readable(f, after, lang, t)}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** A stored value in words: code labels instead of codes, yes/no, "(empty)". */
export function readable(field: string, value: unknown, lang: Lang, t: Translate): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('coding.history.empty');
  if (typeof value === 'boolean') return t(value ? 'coding.yes' : 'coding.no');
  const one = (v: unknown): string => {
    if (field === 'access.schedules' && v && typeof v === 'object') return scheduleText(v as Schedule, lang);
    if (field === 'access.places' && v && typeof v === 'object') {
      const p = v as Record<string, string | undefined>;
      return [p.name, [p.street, p.number].filter(Boolean).join(' '), p.postcode, p.municipality].filter(Boolean).join(', ');
    }
    if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${Array.isArray(x) ? x.join(', ') : String(x)}`).join(', ');
    const s = String(v);
    if (isAxis(field)) return findCode(field, s)?.label[lang] ?? s;
    if (field === 'status' && ['draft', 'published', 'archived'].includes(s)) return t(`coding.status.${s}` as MessageKey);
    return s;
  };
  const text = Array.isArray(value) ? value.map(one).join('; ') : one(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
