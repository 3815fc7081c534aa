/** The search page: a plain GET form (works without JavaScript), facets with counts, results, pager. */
import { Pager } from '../../ui/Pager.js';
import { AXES, AXIS_NAMES, type AxisName } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import type { CatalogueQuery } from '../query-schema.js';
import { toSearchParams } from '../query-schema.js';
import type { CatalogueResult, FacetCount } from '../../initiatives/store/search.js';
import { codeLabel, Tags } from './components.js';
import { AccessFilterGroups, accessChips, WhenWhereLine } from './AccessFilters.js';
import { descriptionFor } from '../../initiatives/descriptions.js';
import { ToolsIntro } from './ToolsIntro.js';
import { SearchDownloadLinks } from './search-download-routes.js';
import { formatNumber } from '../../platform/format.js';
import { SearchMap } from './SearchMap.js';
import type { SearchMapData } from '../service/search-map.js';
import { SelectField } from '../../ui/form-fields.js';

/** The map and "near" (issue 13): offered only when municipality outlines are imported. */
export interface SearchGeoView {
  available: boolean;
  /** The municipalities one can sort by distance from (those with an outline). */
  municipalities: { code: string; name: string }[];
  near?: { code: string; name: string } | undefined;
  map: SearchMapData | null;
}

export interface SearchPageProps {
  query: CatalogueQuery;
  result: CatalogueResult;
  areaNames: Map<string, string>;
  geo?: SearchGeoView;
}

function without(query: CatalogueQuery, key: keyof CatalogueQuery, code?: string): string {
  const next: Partial<CatalogueQuery> = { ...query, page: 1 };
  const current = next[key];
  if (Array.isArray(current) && code) {
    const rest = current.filter((c) => c !== code);
    (next as Record<string, unknown>)[key] = rest.length ? rest : undefined;
  } else {
    (next as Record<string, unknown>)[key] = undefined;
  }
  const s = toSearchParams(next).toString();
  return s ? `?${s}` : '?';
}

function FacetGroup({ axis, counts, selected }: { axis: AxisName; counts: FacetCount[]; selected: readonly string[] }) {
  const { lang } = usePage();
  return (
    <details open={selected.length > 0 || axis === 'elements'}>
      <summary>{AXES[axis].label[lang]}</summary>
      <fieldset>
        <legend className="visually-hidden">{AXES[axis].label[lang]}</legend>
        <ul className="checks">
          {counts.map((f) => {
            const id = `f-${axis}-${f.code}`;
            return (
              <li key={f.code}>
                <input type="checkbox" id={id} name={axis} value={f.code} defaultChecked={selected.includes(f.code)} />
                <label htmlFor={id}>
                  {codeLabel(axis, f.code, lang)}
                  {AXES[axis].codes.find((c) => c.code === f.code)?.effective ? ' *' : ''} <span className="count">({f.count})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}

function ActiveFilters({ query, areaNames, nearName }: { query: CatalogueQuery; areaNames: Map<string, string>; nearName?: string | undefined }) {
  const { lang, t } = usePage();
  const chips: { label: string; link: string }[] = [];
  if (query.q) chips.push({ label: `“${query.q}”`, link: without(query, 'q') });
  for (const axis of AXIS_NAMES) for (const c of query[axis] ?? []) chips.push({ label: `${AXES[axis].label[lang]}: ${codeLabel(axis, c, lang)}`, link: without(query, axis, c) });
  if (query.social_isolation !== undefined) chips.push({ label: t('search.socialIsolation'), link: without(query, 'social_isolation') });
  for (const a of query.area ?? []) chips.push({ label: `${t('search.area')}: ${areaNames.get(a) ?? a}`, link: without(query, 'area', a) });
  chips.push(...accessChips(query, lang, t, (key, code) => without(query, key, code)));
  if (query.source) chips.push({ label: `${t('search.source')}: ${query.source}`, link: without(query, 'source') });
  if (query.near) chips.push({ label: t('searchMap.nearChip', { place: nearName ?? query.near }), link: without(query, 'near') });
  if (!chips.length) return null;
  return (
    <section aria-labelledby="active-filters">
      <h2 id="active-filters" className="visually-hidden">
        {t('search.activeFilters')}
      </h2>
      <ul className="tags">
        {chips.map((c) => (
          <li key={c.label}>
            <a className="tag" href={c.link} aria-label={t('search.removeFilter', { label: c.label })}>
              {c.label} ✕
            </a>
          </li>
        ))}
        <li>
          <a href={href(lang, '/')}>{t('search.clear')}</a>
        </li>
      </ul>
    </section>
  );
}

function NearField({ geo, selected }: { geo: SearchGeoView; selected: string | undefined }) {
  const { t } = usePage();
  return (
    <SelectField
      className="field near-field"
      id="near"
      name="near"
      label={t('searchMap.near')}
      hint={t('searchMap.nearHint')}
      value={selected ?? ''}
      options={[{ value: '', label: t('searchMap.nearNone') }, ...geo.municipalities.map((m) => ({ value: m.code, label: m.name }))]}
    />
  );
}

export function SearchPage({ query, result, areaNames, geo }: SearchPageProps) {
  const { lang, t } = usePage();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageLink = (p: number) => `?${toSearchParams({ ...query, page: p }).toString()}`;
  const areaFacet = result.facets.area.slice(0, 30);
  const map = geo?.available && result.items.length > 0 ? geo.map : null;
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>
      <form method="get" action={href(lang, '/')} role="search">
        <div className="search-box">
          <div className="field">
            <label htmlFor="q">{t('search.q')}</label>
            <p className="hint" id="q-hint">
              {t('search.qHint')}
            </p>
            <input type="search" id="q" name="q" defaultValue={query.q ?? ''} aria-describedby="q-hint" maxLength={200} />
          </div>
          {geo?.available && <NearField geo={geo} selected={query.near} />}
          <button type="submit">{t('search.submit')}</button>
        </div>
        <ActiveFilters query={query} areaNames={areaNames} nearName={geo?.near?.name} />
        <div className="search-layout">
          {/* Results first: on a phone they come right under the search box; on wide screens the filters sit beside them. */}
          <section aria-labelledby="results-title">
            <h2 id="results-title" aria-live="polite">
              {t('search.results', { total: result.total })}
            </h2>
            {result.total === 0 && <p>{t('search.noResults')}</p>}
            <p className="jump-to-filters">
              <a href="#filters-title">{t('search.filters')} ↓</a>
            </p>
            {geo?.near && result.total > 1 ? <p className="muted">{t('searchMap.order', { place: geo.near.name })}</p> : query.q && result.total > 1 && <p className="muted">{t('search.order')}</p>}
            <p className="muted">{t('search.effectiveNote')}</p>
            {geo && !geo.available && <p>{t('searchMap.unavailable')}</p>}
            <div className={map ? 'results-with-map' : undefined}>
            {map && <SearchMap map={map} />}
            <ul className="results" id="result-list">
              {result.items.map((i, n) => (
                <li key={i.id}>
                  <h3>
                    {map && <span className="result-number">{n + 1}. </span>}
                    {/* Names are proper names, not translated (most are Dutch, some French). */}
                    <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)} translate="no">
                      {i.name}
                    </a>
                  </h3>
                  {i.distance_km !== undefined && geo?.near && <p className="distance">{t('searchMap.distance', { km: formatNumber(i.distance_km, lang, { maximumFractionDigits: 1 }), place: geo.near.name })}</p>}
                  {i.organisation && i.organisation !== i.name && <p className="muted" translate="no">{i.organisation}</p>}
                  {i.coverage === 'wider' && <p className="muted">{t('search.wider')}</p>}
                  <WhenWhereLine ww={i.when_where} areaNames={areaNames} />
                  <ResultDescription item={i} />
                  <Tags axis="elements" codes={i.elements} />
                  <Tags axis="age_groups" codes={i.age_groups} />
                </li>
              ))}
            </ul>
            </div>
            <Pager page={result.page} pages={pages} href={pageLink} label={t('search.pagination')} prev={t('search.prev')} next={t('search.next')} position={t('search.page', { page: result.page, pages })} />
            {result.total > 0 && <SearchDownloadLinks query={query} />}
          </section>
          <section className="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">{t('search.filters')}</h2>
            {AXIS_NAMES.map((axis) => (
              <FacetGroup key={axis} axis={axis} counts={result.facets[axis]} selected={query[axis] ?? []} />
            ))}
            <details open={query.social_isolation !== undefined}>
              <summary>{t('initiative.socialIsolation')}</summary>
              <ul className="checks">
                {(['true', 'false'] as const).map((v) => {
                  const n = result.facets.social_isolation.find((f) => f.code === v)?.count ?? 0;
                  return (
                    <li key={v}>
                      <input type="radio" id={`f-si-${v}`} name="social_isolation" value={v} defaultChecked={String(query.social_isolation) === v} />
                      <label htmlFor={`f-si-${v}`}>
                        {v === 'true' ? t('search.yes') : t('search.no')} <span className="count">({n})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </details>
            <details open={!!query.area?.length}>
              <summary>{t('search.area')}</summary>
              {areaFacet.length > 0 && (
                <ul className="checks">
                  {areaFacet.map((f) => (
                    <li key={f.code}>
                      <input type="checkbox" id={`f-area-${f.code}`} name="area" value={f.code} defaultChecked={query.area?.includes(f.code) ?? false} />
                      <label htmlFor={`f-area-${f.code}`}>
                        {areaNames.get(f.code) ?? f.code} <span className="count">({f.count})</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </details>
            <AccessFilterGroups query={query} facets={result.facets} />
            {query.source && <input type="hidden" name="source" value={query.source} />}
            <p>
              <button type="submit">{t('search.applyFilters')}</button>
            </p>
          </section>
        </div>
      </form>
      {/* After the search, not before it: on a phone the list would push the search box a screen down, and keyboard users would tab through seven links first. */}
      {toSearchParams({ ...query, page: 1 }).toString() === '' && <ToolsIntro />}
    </>
  );
}

/** The description in the page's language when written, else the Dutch one marked lang="nl" (initiatives/descriptions.ts); cut at a word near 400 characters. */
function ResultDescription({ item }: { item: CatalogueResult['items'][number] }) {
  const { lang } = usePage();
  const d = descriptionFor(item, lang);
  if (!d) return null;
  return <p lang={d.lang === lang ? undefined : d.lang}>{d.text.length >= 400 ? d.text.replace(/\s+\S*$/, '') + ' …' : d.text}</p>;
}
