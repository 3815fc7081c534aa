/**
 * Pages that explain the matrix: an overview of every axis, and one page per
 * code with its meaning (study table 1 and sections 1.3-1.10), the strength
 * of evidence with sources, and the initiatives that use it. They count and list
 * initiatives, so they live with the catalogue; the matrix itself is src/vocabulary.
 */
import { InitiativeNameLink } from '../../initiatives/InitiativeNameLink.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../web/render.js';
import { notFound, parseOrThrow } from '../../platform/problem.js';
import { AXES, AXIS_NAMES, BRUSANO_CATEGORIES, findCode, type AxisName } from '../../vocabulary/matrix.js';
import { DESCRIPTIONS, type CodeDescription } from '../../vocabulary/descriptions.js';
import { href, usePage } from '../../web/page-context.js';
import { searchCatalogue, type CatalogueResult } from '../../initiatives/store/search.js';
import { catalogueQuerySchema, toSearchParams } from '../query-schema.js';
import type { Lang, Translate } from '../../i18n/index.js';

export function describe(axis: AxisName, code: string): CodeDescription | undefined {
  return (DESCRIPTIONS as unknown as Partial<Record<AxisName, Record<string, CodeDescription>>>)[axis]?.[code];
}

function firstSentence(text: string): string {
  const m = text.match(/^.+?[.!?](\s|$)/);
  return m ? m[0].trim() : text;
}

function MatrixOverview({ facets }: { facets: CatalogueResult['facets'] }) {
  const { lang, t } = usePage();
  return (
    <>
      <h1>{t('matrix.title')}</h1>
      <p className="lead">{t('matrix.lead')}</p>
      <p>{t('matrix.starNote')}</p>
      {AXIS_NAMES.map((axis) => (
        <section key={axis} aria-labelledby={`axis-${axis}`}>
          <h2 id={`axis-${axis}`}>{AXES[axis].label[lang]}</h2>
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t('matrix.code')}</th>
                <th scope="col">{t('matrix.meaning')}</th>
                <th scope="col" className="num">
                  {t('matrix.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {AXES[axis].codes.map((c) => {
                const d = describe(axis, c.code);
                const n = facets[axis].find((f) => f.code === c.code)?.count ?? 0;
                return (
                  <tr key={c.code}>
                    <th scope="row">
                      <a href={href(lang, `/matrix/${axis}/${c.code}`)}>{c.label[lang]}</a>
                      {c.effective && (
                        <span className="star">
                          {' '}
                          *<span className="visually-hidden"> ({t('matrix.effective')})</span>
                        </span>
                      )}
                    </th>
                    <td>{d ? firstSentence(d.summary[lang]) : ''}</td>
                    <td className="num" data-label={t('matrix.count')}>
                      {n}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

function CodePage({ axis, code, result }: { axis: AxisName; code: string; result: CatalogueResult }) {
  const { lang, t } = usePage();
  const c = findCode(axis, code)!;
  const d = describe(axis, code);
  const category = axis === 'elements' ? BRUSANO_CATEGORIES.find((b) => b.elements.includes(code)) : undefined;
  const searchLink = href(lang, `/?${toSearchParams({ [axis]: [code] }).toString()}`);
  return (
    <article>
      <p className="back-link">
        <a href={href(lang, '/matrix')}>← {t('matrix.back')}</a>
      </p>
      <p className="muted">{t('matrix.axis', { axis: AXES[axis].label[lang] })}</p>
      <h1>
        {c.label[lang]}
        {c.effective && <span className="star"> *</span>}
      </h1>
      {c.effective && <p className="notice">{t('matrix.starNote')}</p>}
      <h2>{t('matrix.whatItMeans')}</h2>
      <p>{d ? d.summary[lang] : t('matrix.noDescription')}</p>
      {category && <p>{t('matrix.category', { category: category.label[lang] })}</p>}
      {d?.evidence && (
        <>
          <h2>{t('matrix.evidence')}</h2>
          <p>{d.evidence[lang]}</p>
        </>
      )}
      {d && d.sources.length > 0 && (
        <>
          <h2>{t('matrix.sources')}</h2>
          <ul className="sources">
            {d.sources.map((s) => (
              <li key={s}>{studySourceIn(s, lang, t)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('matrix.initiatives')}</h2>
      <p>{t('matrix.initiativesCount', { count: result.total })}</p>
      {/* Names only (of initiatives and organisations): proper names, left alone by a browser's translation. */}
      <ul translate="no">
        {result.items.map((i) => (
          <li key={i.id}>
            <InitiativeNameLink id={i.id} name={i.name} organisation={i.organisation} marked={false} />
          </li>
        ))}
      </ul>
      {result.total > result.items.length && (
        <p>
          <a href={searchLink}>{t('matrix.seeAll', { count: result.total })}</a>
        </p>
      )}
    </article>
  );
}

export async function registerVocabularyPages(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/matrix', async (req, reply) => {
    const r = await searchCatalogue(app.database, catalogueQuerySchema.parse({ pageSize: 1 }));
    return sendPage(req, reply, { title: req.t('matrix.title'), description: req.t('matrix.lead') }, <MatrixOverview facets={r.facets} />);
  });
  app.get('/:lang(nl|fr|en)/matrix/:axis/:code', async (req, reply) => {
    const { axis, code } = parseOrThrow(z.object({ axis: z.string().max(40), code: z.string().max(60) }), req.params);
    if (!(AXIS_NAMES as readonly string[]).includes(axis) || !findCode(axis as AxisName, code)) throw notFound('Matrix value');
    const a = axis as AxisName;
    const r = await searchCatalogue(app.database, catalogueQuerySchema.parse({ [a]: code, pageSize: 20 }));
    const c = findCode(a, code)!;
    return sendPage(req, reply, { title: c.label[req.lang], description: describe(a, code)?.summary[req.lang] }, <CodePage axis={a} code={code} result={r} />);
  });
}

const SOURCE_WORDS: Record<Lang, Record<string, string>> = {
  nl: { tabel: 'tabel', en: 'en', tot: 'tot' },
  fr: { tabel: 'tableau', en: 'et', tot: 'à' },
  en: { tabel: 'table', en: 'and', tot: 'to' },
};

/**
 * A source of the vocabulary as the page's language says it: "Studie 003, deel 1.1.3 en 1.1.4"
 * (the study's own Dutch shorthand in descriptions.ts) becomes "Study of loneliness initiatives in
 * Flanders (2023), §1.1.3 and 1.1.4"; other sources (authors and years) are left as written.
 */
export function studySourceIn(source: string, lang: Lang, t: Translate): string {
  const m = /^Studie 003, (.*)$/.exec(source);
  if (!m) return source;
  const rest = m[1]!.replace(/\bdeel (?=\d)/g, '§').replace(/\b(tabel|en|tot)\b/g, (w) => SOURCE_WORDS[lang][w] ?? w);
  return `${t('landscape.cite.003')}, ${rest}`;
}
