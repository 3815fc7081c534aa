/** The search page: a plain GET form (works without JavaScript), facets with counts, results, pager. */
import { Pager } from '../../ui/Pager.js';
import { AXES, AXIS_NAMES, type AxisName } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import type { CatalogueQuery } from '../query-schema.js';
import { toSearchParams } from '../query-schema.js';
import type { CatalogueResult, FacetCount } from '../../initiatives/store/search.js';
import { codeLabel, Tags } from './components.js';
import { AccessFilterGroups, accessChips, offered, WhenWhereLine } from './AccessFilters.js';
import { descriptionFor } from '../../initiatives/descriptions.js';
import { ToolsIntro } from './ToolsIntro.js';
import { SearchDownloadLinks } from './search-download-routes.js';
import { formatNumber } from '../../platform/format.js';
import { SearchMap } from './SearchMap.js';
import type { SearchMapData } from '../service/search-map.js';
import type { NearAnswer } from '../near-place.js';

/** The map and "near" (issue 13): offered only when municipality outlines are imported. */
export interface SearchGeoView {
  available: boolean;
  /** The "near" field's text: the found municipality's name, else what was typed. */
  nearText: string;
  near?: { code: string; name: string } | undefined;
  /** The typed text named several municipalities (offered as links) or none. */
  nearProblem?: Exclude<NearAnswer, { kind: 'found' }> | undefined;
  /** The map was asked for without "near" (map=1): kept on the form and the page links. */
  mapAsked: boolean;
  /** Drawn with "near" or when asked for; null otherwise. */
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

function FacetGroup({ axis, counts: all, selected }: { axis: AxisName; counts: FacetCount[]; selected: readonly string[] }) {
  const { lang } = usePage();
  const counts = offered(all, selected);
  if (!counts.length) return null;
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

function NearField({ geo }: { geo: SearchGeoView }) {
  const { t } = usePage();
  return (
    <div className="field near-field">
      <label htmlFor="near">{t('searchMap.near')}</label>
      <p className="hint" id="near-hint">
        {t('searchMap.nearHint')}
      </p>
      <input type="text" id="near" name="near" defaultValue={geo.nearText} aria-describedby="near-hint" maxLength={100} autoComplete="address-level2" />
    </div>
  );
}

/** The typed place named several municipalities (each a link that searches near it) or none: said in words, the search runs without distance. */
function NearProblem({ problem, text, query }: { problem: NonNullable<SearchGeoView['nearProblem']>; text: string; query: CatalogueQuery }) {
  const { t } = usePage();
  if (problem.kind === 'none') return <p className="notice">{t(problem.postcode ? 'searchMap.nearPostcode' : 'searchMap.nearUnknown', { text })}</p>;
  return (
    <div className="notice">
      <p>{t('searchMap.nearSeveral', { text, n: problem.total })}</p>
      <ul className="near-choices">
        {problem.matches.map((m) => (
          <li key={m.code}>
            <a href={`?${toSearchParams({ ...query, near: m.code, page: 1 }).toString()}`}>{m.fits ? `${m.name} (${m.fits})` : m.name}</a>
          </li>
        ))}
      </ul>
      {problem.total > problem.matches.length && <p>{t('searchMap.nearMore', { n: problem.total - problem.matches.length })}</p>}
    </div>
  );
}

export function SearchPage({ query, result, areaNames, geo }: SearchPageProps) {
  const { lang, t } = usePage();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const mapParam = geo?.mapAsked ? '&map=1' : '';
  const pageLink = (p: number) => `?${toSearchParams({ ...query, page: p }).toString()}${mapParam}`;
  const areaFacet = result.facets.area.slice(0, 30);
  const map = geo?.available && result.items.length > 0 ? geo.map : null;
  const mapLink = geo?.available && !map && result.items.length > 0 ? `?${new URLSearchParams([...toSearchParams(query), ['map', '1']]).toString()}` : undefined;
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
          {geo?.available && <NearField geo={geo} />}
          {geo?.mapAsked && <input type="hidden" name="map" value="1" />}
          <button type="submit">{t('search.submit')}</button>
        </div>
        {geo?.nearProblem && <NearProblem problem={geo.nearProblem} text={geo.nearText} query={query} />}
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
            {mapLink && (
              <p>
                <a href={mapLink}>{t('searchMap.show')}</a>
              </p>
            )}
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
