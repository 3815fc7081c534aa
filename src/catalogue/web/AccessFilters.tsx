/**
 * The search page's access filters (issue 13): language, how to take part, day of the week, and
 * free / wheelchair / hearing loop / has room, as checkboxes in the plain GET form (no JavaScript),
 * each with how many initiatives it would give; and the one-line "when and where" of a result,
 * worded as the initiative page words its schedules (schedule-text.ts).
 */
import type { Mode, WEEKDAYS } from '../../initiatives/access.js';
import { dayName, scheduleText } from '../../initiatives/schedule-text.js';
import type { CatalogueResult, FacetCount } from '../../initiatives/store/search.js';
import type { AccessFlag } from '../../initiatives/selection.js';
import { ACCESS_FLAGS } from '../../initiatives/selection.js';
import type { WhenWhere } from '../../initiatives/when-where.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { usePage } from '../../web/page-context.js';
import type { CatalogueQuery } from '../query-schema.js';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Labels of the access filters' values, in the page's language. */
export function accessLabels(lang: Lang, t: ReturnType<typeof usePage>['t']) {
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    language: (code: string) => capitalise(languageName.of(code) ?? code),
    mode: (code: string) => t(`access.mode.${code as Mode}`),
    weekday: (code: string) => capitalise(dayName(lang, code as (typeof WEEKDAYS)[number])),
    flag: (flag: AccessFlag) => ({ free: t('search.access.free'), wheelchair: t('access.wheelchair'), hearing_loop: t('access.hearingLoop'), has_room: t('search.access.has_room') })[flag],
  };
}

/** The chips of the access filters that are set: label, and the filter with that value removed. */
export function accessChips(query: CatalogueQuery, lang: Lang, t: ReturnType<typeof usePage>['t'], without: (key: keyof CatalogueQuery, code?: string) => string) {
  const labels = accessLabels(lang, t);
  const chips: { label: string; link: string }[] = [];
  for (const c of query.language ?? []) chips.push({ label: `${t('search.access.language')}: ${labels.language(c)}`, link: without('language', c) });
  for (const c of query.mode ?? []) chips.push({ label: `${t('search.access.mode')}: ${labels.mode(c)}`, link: without('mode', c) });
  for (const c of query.weekday ?? []) chips.push({ label: `${t('search.access.weekday')}: ${labels.weekday(c)}`, link: without('weekday', c) });
  for (const f of ACCESS_FLAGS) if (query[f]) chips.push({ label: labels.flag(f), link: without(f) });
  return chips;
}

/** A filter value that would give no initiative is not offered (a dead end, and most of the form's weight); a ticked one always is. */
export const offered = (counts: readonly FacetCount[], selected: readonly string[]): FacetCount[] => counts.filter((f) => f.count > 0 || selected.includes(f.code));

function Checks({ name, counts, selected, label }: { name: string; counts: FacetCount[]; selected: readonly string[]; label: (code: string) => string }) {
  return (
    <ul className="checks">
      {counts.map((f) => {
        const id = `f-${name}-${f.code}`;
        return (
          <li key={f.code}>
            <input type="checkbox" id={id} name={name} value={f.code} defaultChecked={selected.includes(f.code)} />
            <label htmlFor={id}>
              {label(f.code)} <span className="count">({f.count})</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

function Group({ title, open, children }: { title: string; open: boolean; children: React.ReactNode }) {
  return (
    <details open={open}>
      <summary>{title}</summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}

/** One folded group of values; only those that give initiatives, or are ticked (none: no group). */
function CheckGroup({ title, name, counts, selected, label }: { title: string; name: string; counts: FacetCount[]; selected: readonly string[]; label: (code: string) => string }) {
  const values = offered(counts, selected);
  if (!values.length) return null;
  return (
    <Group title={title} open={selected.length > 0}>
      <Checks name={name} counts={values} selected={selected} label={label} />
    </Group>
  );
}

export function AccessFilterGroups({ query, facets }: { query: CatalogueQuery; facets: CatalogueResult['facets'] }) {
  const { lang, t } = usePage();
  const labels = accessLabels(lang, t);
  const flags = ACCESS_FLAGS.filter((f) => query[f]);
  return (
    <>
      <CheckGroup title={t('search.access.language')} name="language" counts={facets.language} selected={query.language ?? []} label={labels.language} />
      <CheckGroup title={t('search.access.mode')} name="mode" counts={facets.mode} selected={query.mode ?? []} label={labels.mode} />
      <CheckGroup title={t('search.access.weekday')} name="weekday" counts={facets.weekday} selected={query.weekday ?? []} label={labels.weekday} />
      <Group title={t('search.access.practical')} open={flags.length > 0}>
        <ul className="checks">
          {ACCESS_FLAGS.map((f) => {
            const id = `f-${f}`;
            return (
              <li key={f}>
                <input type="checkbox" id={id} name={f} value="true" defaultChecked={query[f] === true} />
                <label htmlFor={id}>
                  {labels.flag(f)} <span className="count">({facets[f][0]?.count ?? 0})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </Group>
      <p className="muted">{t('search.access.note')}</p>
    </>
  );
}

/** "Elke dinsdag 14:00–16:00 · Gent · Gratis": when, where (municipality, else the place's name), other ways to take part, free. */
export function WhenWhereLine({ ww, areaNames }: { ww: WhenWhere | undefined; areaNames: Map<string, string> }) {
  const { lang, t } = usePage();
  if (!ww) return null;
  const parts: string[] = [];
  if (ww.schedules.length) parts.push(ww.schedules.map((s) => scheduleText(s, lang)).join(', ') + (ww.more_schedules ? ` ${t('search.moreSessions', { count: ww.more_schedules })}` : ''));
  const where = [...new Set(ww.places.map((p) => (p.municipality ? (areaNames.get(p.municipality) ?? p.name) : p.name)))];
  if (where.length) parts.push(where.join(', ') + (ww.more_places ? ` ${t('search.morePlaces', { count: ww.more_places })}` : ''));
  for (const m of ww.modes) if (m !== 'in_person' || !where.length) parts.push(t(`access.mode.${m}`));
  if (ww.free) parts.push(t('search.access.free'));
  if (!parts.length) return null;
  return (
    <p className="when-where">
      <span className="visually-hidden">{t('search.whenWhere')} </span>
      {capitalise(parts.join(' · '))}
    </p>
  );
}
