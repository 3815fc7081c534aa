/**
 * Routes of the landscape (public, no account):
 *   GET /{lang}/landscape                       the page (selection form, charts and tables, cross-tabs, gaps)
 *   GET /{lang}/landscape.pdf|.csv|.xlsx|.json  the same landscape as a download
 *   GET /api/v1/landscape                       the JSON report (in OpenAPI)
 * All take the same query parameters (selection.ts); the page's URL is the
 * share link.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { parseOrThrow, ProblemError } from '../../platform/problem.js';
import { sendPage } from '../../web/render.js';
import { siteUrl } from '../../config.js';
import { reportCsv, reportXlsx } from '../export-tables.js';
import { LandscapePage } from './LandscapePage.js';
import { areaLabels, listAreaOptions, listSources } from '../store/options.js';
import { htmlToPdf, ChromiumUnavailableError } from '../../platform/chromium.js';
import { buildReport, landscapePath, landscapeReportSchema } from '../service/report.js';
import { crossTabsOf, landscapeParams, landscapeQuerySchema, MAX_CROSSTABS, parseCrossTabParam, selectionOf, type LandscapeQuery } from '../selection.js';
import { computeLandscape, type Landscape } from '../service/index.js';
import { standaloneReport } from './standalone.js';

const pageQuerySchema = landscapeQuerySchema.extend({
  add_row: z.string().max(100).optional(),
  add_col: z.string().max(100).optional(),
});

export const apiQuerySchema = landscapeQuerySchema.extend({
  lang: z.enum(['nl', 'fr', 'en']).default('en').describe('Language of labels, notes and gap texts (codes and figures do not depend on it)'),
});

const absolute = (req: FastifyRequest, path: string) => siteUrl(req.server, path);
const fileName = (l: Landscape, ext: string) => `verbind-landscape-${l.generatedAt.slice(0, 10)}.${ext}`;

export async function loadLandscape(app: FastifyInstance, q: LandscapeQuery): Promise<Landscape> {
  return computeLandscape(app.database, selectionOf(q), crossTabsOf(q), { percent: q.percent });
}

export async function registerLandscapeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/landscape', async (req, reply) => {
    const q = parseOrThrow(pageQuerySchema, req.query);
    if (q.add_row !== undefined || q.add_col !== undefined) return addCrossTab(req, reply, q);
    const l = await loadLandscape(app, q);
    const report = buildReport(l, req.lang);
    const [sources, areaOptions, areaNames] = await Promise.all([listSources(app.database), listAreaOptions(app.database, req.lang), areaLabels(app.database, l.selection.area ?? [], req.lang)]);
    return sendPage(req, reply, { title: req.t('landscape.title'), description: req.t('landscape.lead') }, (
      <LandscapePage
        report={report}
        selection={l.selection}
        crosstabs={l.crosstabs.map((x) => x.request)}
        mode="page"
        shareUrl={absolute(req, landscapePath(l, req.lang))}
        sources={sources}
        areaOptions={areaOptions}
        areaNames={areaNames}
      />
    ));
  });

  /** The form's "add a cross-tab" selects: add it to the list and go to the page's canonical URL (the share link). */
  async function addCrossTab(req: FastifyRequest, reply: FastifyReply, q: z.output<typeof pageQuerySchema>) {
    const crosstabs = crossTabsOf(q);
    if (q.add_row && q.add_col) {
      try {
        crosstabs.push(parseCrossTabParam(`${q.add_row},${q.add_col}`));
      } catch {
        throw new ProblemError(400, 'Bad request', 'Unknown cross-tab split.', [{ field: 'add_row', message: 'an axis, axis:code or social_isolation' }]);
      }
    }
    const unique = crossTabsOf({ crosstab: crosstabs.map((x) => `${formatSide(x.row)},${formatSide(x.col)}`) }).slice(0, MAX_CROSSTABS);
    const params = landscapeParams(selectionOf(q), unique, q.percent).toString();
    return reply.redirect(`/${req.lang}/landscape${params ? `?${params}` : ''}`, 303);
  }

  app.get('/:lang(nl|fr|en)/landscape.json', async (req, reply) => {
    const l = await loadLandscape(app, parseOrThrow(landscapeQuerySchema, req.query));
    return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${fileName(l, 'json')}"`).send(JSON.stringify(buildReport(l, req.lang), null, 2));
  });

  app.get('/:lang(nl|fr|en)/landscape.csv', async (req, reply) => {
    const l = await loadLandscape(app, parseOrThrow(landscapeQuerySchema, req.query));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName(l, 'csv')}"`).send(reportCsv(buildReport(l, req.lang)));
  });

  app.get('/:lang(nl|fr|en)/landscape.xlsx', async (req, reply) => {
    const l = await loadLandscape(app, parseOrThrow(landscapeQuerySchema, req.query));
    const body = await reportXlsx(buildReport(l, req.lang));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${fileName(l, 'xlsx')}"`).send(body);
  });

  app.get('/:lang(nl|fr|en)/landscape.pdf', async (req, reply) => {
    const l = await loadLandscape(app, parseOrThrow(landscapeQuerySchema, req.query));
    const html = await standaloneReport(app.database, l, req.lang, absolute(req, landscapePath(l, req.lang)));
    try {
      const pdf = await htmlToPdf(html, { footer: `Verbind · ${req.t('landscape.title')} · ${l.generatedAt.slice(0, 10)}` });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName(l, 'pdf')}"`).send(pdf);
    } catch (e) {
      if (!(e instanceof ChromiumUnavailableError)) throw e;
      req.log.warn({ err: e }, 'PDF report unavailable');
      return sendPage(req, reply, { title: req.t('landscape.title'), status: 503, noindex: true }, (
        <>
          <h1>{req.t('landscape.download.pdf')}</h1>
          <p className="notice">{req.t('landscape.pdfUnavailable')}</p>
          <p>
            <a href={landscapePath(l, req.lang)}>{req.t('landscape.title')}</a>
          </p>
        </>
      ));
    }
  });

  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/landscape',
      operationId: 'getLandscape',
      summary: 'The landscape and gap analysis of a selection of published initiatives',
      description:
        'Per matrix axis each code with its count and percent of N (one decimal, as the study prints it); elements per initiative; which element single-element initiatives use; the most used elements among those with two or more; each requested cross-tab with its counts, totals and the percentages asked for (`percent`: row, column or total, with their margins; column percentages are always in `colPercent`), Pearson chi-square (no continuity correction), df, p, Cramér’s V and Fisher’s exact test where the chi-square test is not meaningful; and the gap findings of the study’s part 3. The same parameters open the page /{lang}/landscape.',
      tags: ['landscape'],
      query: apiQuerySchema,
      response: landscapeReportSchema,
      handler: async ({ query }) => {
        const { lang, ...rest } = query;
        return buildReport(await loadLandscape(app, rest), lang);
      },
    }),
  );
}

const formatSide = (s: import('../specs.js').Spec) => (s.kind === 'social_isolation' ? 'social_isolation' : s.kind === 'axis' ? s.axis : `${s.axis}:${s.code}`);
