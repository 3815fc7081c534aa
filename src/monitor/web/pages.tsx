/**
 * Routes of the area monitor: the page /:lang/monitor (GET form, works without JavaScript), the
 * supply tables /:lang/monitor/supply, its downloads (map.svg, map.png, table.csv, table.xlsx) and the JSON API /api/v1/monitor/estimates.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../web/render.js';
import { parseOrThrow, ProblemError } from '../../platform/problem.js';
import { loadMonitor, monitorQuerySchema, type MonitorView } from '../service/pages-data.js';
import { MonitorEmpty, MonitorPage } from './pages-view.js';
import { MonitorSupplyPage, monitorTablesCss } from './SupplyTables.js';
import { mapMarkup } from './MonitorMap.js';
import { SVG_PROLOG, tableCsv, tableXlsx } from './downloads.js';
import { ChromiumUnavailableError, svgToPng } from '../../platform/chromium.js';
import { EstimateRequestError, NoPopulationError } from '../service/estimate.js';
import { registerMonitorApi } from './api.js';
import { registerAreaSheetPages } from './area-sheet-pages.js';
import { UnknownRateTableError } from '../store/rates.js';
import { RateModelError } from '../rates.js';

async function viewFor(app: FastifyInstance, req: FastifyRequest): Promise<MonitorView> {
  const query = parseOrThrow(monitorQuerySchema, req.query, 'query');
  const load = await loadOrProblem(app, req, query);
  if (load.kind === 'empty') throw new ProblemError(409, 'Conflict', req.t('monitor.empty.public'));
  return load.view;
}

async function loadOrProblem(app: FastifyInstance, req: FastifyRequest, query: ReturnType<typeof monitorQuerySchema.parse>) {
  try {
    return await loadMonitor(app.database.db, query, req.lang, { rankingLimit: 10 });
  } catch (e) {
    // No population for the choice: the public gets a plain sentence, an administrator the import command too.
    if (e instanceof NoPopulationError && req.user?.role !== 'admin') throw new ProblemError(400, 'Bad Request', req.t('monitor.error.noData'));
    if (e instanceof EstimateRequestError || e instanceof NoPopulationError || e instanceof UnknownRateTableError || e instanceof RateModelError) throw new ProblemError(400, 'Bad Request', req.t('monitor.error.request', { message: e.message }));
    throw e;
  }
}

function fileName(view: MonitorView, ext: string): string {
  const focus = view.query.focus ? `-${view.query.focus.replace(/[^A-Za-z0-9]+/g, '-')}` : '';
  return `verbind-monitor-${view.query.level}-${view.indicator}-${view.estimate.populationYear}${focus}.${ext}`;
}

function mapSvg(view: MonitorView, req: FastifyRequest): string {
  return SVG_PROLOG + mapMarkup(view, req.lang, req.t, { id: 'map', standalone: true });
}

const attach = (reply: FastifyReply, type: string, name: string) => reply.type(type).header('content-disposition', `attachment; filename="${name}"`);

export async function registerMonitorPages(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/monitor', async (req, reply) => {
    const query = parseOrThrow(monitorQuerySchema, req.query, 'query');
    const load = await loadOrProblem(app, req, query);
    const title = req.t('monitor.title');
    if (load.kind === 'empty') return sendPage(req, reply, { title, description: req.t('monitor.lead') }, <MonitorEmpty status={load.status} />);
    return sendPage(req, reply, { title, description: req.t('monitor.lead') }, <MonitorPage view={load.view} mapHtml={load.view.features.length ? mapMarkup(load.view, req.lang, req.t) : ''} />);
  });

  app.get('/:lang(nl|fr|en)/monitor/supply', async (req, reply) => {
    const query = parseOrThrow(monitorQuerySchema, req.query, 'query');
    const load = await loadOrProblem(app, req, query);
    if (load.kind === 'empty') return sendPage(req, reply, { title: req.t('monitor.title'), description: req.t('monitor.lead') }, <MonitorEmpty status={load.status} />);
    const title = req.t('monitor.supply.pageTitle', { level: req.t(`monitor.level.${query.level}`).toLowerCase() });
    return sendPage(req, reply, { title, description: req.t('monitor.supply.lead') }, <MonitorSupplyPage view={load.view} />);
  });

  app.get('/:lang(nl|fr|en)/monitor/tables.css', async (req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(monitorTablesCss(req.lang, req.t)),
  );

  app.get('/:lang(nl|fr|en)/monitor/map.svg', async (req, reply) => {
    const view = await viewFor(app, req);
    return attach(reply, 'image/svg+xml; charset=utf-8', fileName(view, 'svg')).send(mapSvg(view, req));
  });

  app.get('/:lang(nl|fr|en)/monitor/map.png', async (req, reply) => {
    const view = await viewFor(app, req);
    try {
      const svg = mapSvg(view, req);
      // The download's height grows with its heading, legend and source lines: rasterise it at its own viewBox.
      const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
      const png = await svgToPng(svg, box ? Math.ceil(Number(box[1])) : 800, box ? Math.ceil(Number(box[2])) : 560);
      return attach(reply, 'image/png', fileName(view, 'png')).send(png);
    } catch (e) {
      if (e instanceof ChromiumUnavailableError) throw new ProblemError(503, 'Service Unavailable', req.t('monitor.png.unavailable'));
      throw e;
    }
  });

  app.get('/:lang(nl|fr|en)/monitor/table.csv', async (req, reply) => {
    const view = await viewFor(app, req);
    return attach(reply, 'text/csv; charset=utf-8', fileName(view, 'csv')).send('\uFEFF' + tableCsv(view));
  });

  app.get('/:lang(nl|fr|en)/monitor/table.xlsx', async (req, reply) => {
    const view = await viewFor(app, req);
    return attach(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName(view, 'xlsx')).send(await tableXlsx(view));
  });

  await registerAreaSheetPages(app); // /{lang}/monitor/area/{code}, /{lang}/monitor/area/{code}.pdf
  await registerMonitorApi(app);
}
