/** Supply per area: by Brusano category, element (* = effective) and age group, stacked on a phone. */
import { usePage, href } from '../../web/page-context.js';
import { DataTable } from '../../ui/DataTable.js';
import { type Lang, type Translate } from '../../i18n/index.js';
import { AXES, BRUSANO_CATEGORIES, findCode, isEffective, codesOf } from '../../vocabulary/matrix.js';
import { type MonitorRow, type MonitorView } from '../service/pages-data.js';
import { formats, queryString } from './view-format.js';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (str: string) => `"${str.replace(/[\\"\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** CSS naming a stacked table's cells (`labels`, after the row header, in order) on a phone. */
function stackRules(table: string, labels: string[]): string[] {
  return labels.map((l, i) => `#${table} td:nth-of-type(${i + 1})::before{content:${cssString(l)}}`);
}

/**
 * The column names a phone shows beside each cell when the monitor's tables stack (verbind.css,
 * .monitor-stack), as one small stylesheet per language (GET /{lang}/monitor/tables.css): the site's
 * Content-Security-Policy allows no inline style, and a label on each of thousands of cells would
 * weigh more than the table. A row of the figure table without a figure has one cell
 * (td.no-figure) for three columns; the rules after it name the cells from there on.
 */
export function monitorTablesCss(lang: Lang, t: Translate): string {
  const cols = ['code', 'population', 'count', 'percent', 'interval', 'initiatives', 'effective', 'wider'].map((c) => t(`monitor.col.${c}` as 'monitor.col.code'));
  const rules = stackRules('figure-table', cols);
  rules.push(`#figure-table td.no-figure::before{content:${cssString(cols[3]!)}}`);
  [cols[5]!, cols[6]!, cols[7]!].forEach((l, i) => rules.push(`#figure-table td.no-figure~td:nth-of-type(${4 + i})::before{content:${cssString(l)}}`));
  rules.push(...stackRules('supply-maps-table', [t('monitor.supplyMap.colLocal'), t('monitor.supplyMap.colWider'), t('monitor.supplyMap.colGap')]));
  for (const [id, labels] of Object.entries(supplyColumns(lang))) rules.push(...stackRules(id, labels.map((c) => c.label)));
  return `/* Verbind monitor: column names of stacked tables on a phone (${lang}). */\n@media (max-width:40rem){\n${rules.join('\n')}\n}\n`;
}

/** The supply tables' columns: Brusano categories, elements (* = effective) and age groups. */
function supplyColumns(lang: Lang): Record<'supply-category' | 'supply-element' | 'supply-age', { key: string; label: string }[]> {
  return {
    'supply-category': BRUSANO_CATEGORIES.map((c) => ({ key: c.code, label: c.label[lang] })),
    'supply-element': codesOf('elements').map((c) => ({ key: c, label: `${findCode('elements', c)!.label[lang]}${isEffective(c) ? ' *' : ''}` })),
    'supply-age': AXES.age_groups.codes.map((c) => ({ key: c.code, label: c.label[lang] })),
  };
}

/** The stylesheet of monitorTablesCss, linked where the tables are. */
export function TablesCss() {
  const { lang } = usePage();
  return <link rel="stylesheet" href={href(lang, '/monitor/tables.css')} />;
}

function SupplyTable({ view, id, caption, columns, value }: { view: MonitorView; id: string; caption: string; columns: { key: string; label: string }[]; value: (r: MonitorRow, key: string) => number }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  return (
    <DataTable scroll="table-scroll" id={id} className="monitor-table supply-table monitor-stack" caption={caption} captionId={`${id}-caption`} columns={[{ label: t('monitor.col.name') }, ...columns.map((c) => ({ label: c.label, className: 'num' }))]}>
      {view.rows.map((r) => (
        <tr key={r.code}>
          <th scope="row">{r.name}</th>
          {columns.map((c) => {
            const n = value(r, c.key);
            return (
              <td key={c.key} className={n === 0 ? 'num zero' : 'num'}>
                {f.int(n)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * Above this many areas the three supply tables (581 municipalities × 6 + 16 + 5 columns, about
 * 600 KB of HTML) move to their own page, /{lang}/monitor/supply, so the map page stays light on
 * an old phone. A focused view (a care zone's municipalities, say) shows them in place.
 */
export const SUPPLY_INLINE_MAX = 60;

function SupplyTables({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const cols = supplyColumns(lang);
  return (
    <>
      <SupplyTable view={view} id="supply-category" caption={t('monitor.supply.byCategory')} columns={cols['supply-category']} value={(r, k) => r.supply.byCategory[k] ?? 0} />
      <SupplyTable view={view} id="supply-element" caption={t('monitor.supply.byElement')} columns={cols['supply-element']} value={(r, k) => r.supply.byElement[k] ?? 0} />
      <SupplyTable view={view} id="supply-age" caption={t('monitor.supply.byAge')} columns={cols['supply-age']} value={(r, k) => r.supply.byAgeGroup[k] ?? 0} />
    </>
  );
}

/** The supply section: the tables themselves, or (many areas, on the map page) links to the supply page. */
export function Supply({ view, full }: { view: MonitorView; full: boolean }) {
  const { lang, t } = usePage();
  const any = view.rows.some((r) => r.supply.initiatives > 0);
  const inline = full || view.rows.length <= SUPPLY_INLINE_MAX;
  const page = `${href(lang, '/monitor/supply')}?${queryString(view.query)}`;
  return (
    <section aria-labelledby="supply-heading" id="supply">
      <h2 id="supply-heading">{t('monitor.supply.heading')}</h2>
      <p>{t('monitor.supply.lead')}</p>
      {!any && <p className="notice">{t('monitor.supply.none')}</p>}
      {view.supply.unplaced.length > 0 && <p className="muted">{t('monitor.supply.unplaced', { n: view.supply.unplaced.length, codes: view.supply.unplaced.slice(0, 10).map((u) => u.code).join(', ') })}</p>}
      {inline ? (
        <SupplyTables view={view} />
      ) : (
        <>
          <p>{t('monitor.supply.elsewhere', { n: view.rows.length })}</p>
          <ul className="downloads">
            <li>
              <a href={`${page}#supply-category`}>{t('monitor.supply.byCategory')}</a>
            </li>
            <li>
              <a href={`${page}#supply-element`}>{t('monitor.supply.byElement')}</a>
            </li>
            <li>
              <a href={`${page}#supply-age`}>{t('monitor.supply.byAge')}</a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

/** /{lang}/monitor/supply: the three supply tables for the same selection as the map page. */
export function MonitorSupplyPage({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  return (
    <>
      <p>
        <a href={`${href(lang, '/monitor')}?${queryString(view.query)}`}>{t('monitor.supply.back')}</a>
      </p>
      <TablesCss />
      <h1>{t('monitor.supply.pageTitle', { level: t(`monitor.level.${view.query.level}`).toLowerCase() })}</h1>
      {view.focusLabel && <p>{view.focusLabel}</p>}
      <Supply view={view} full />
    </>
  );
}
