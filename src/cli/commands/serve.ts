import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { configFromEnv, publicUrlFor } from '../../config.js';
import { openDatabase } from '../../db/client.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web application (seeds an empty database first)',
  help: [
    'Usage: npx verbind serve [--port N] [--host H] [--no-seed]',
    '',
    'Serves Verbind. Migrates the database, fills an empty one with the study content, then listens.',
    'Environment: PORT (3000), HOST (127.0.0.1), DATABASE_URL or VERBIND_DATA_DIR (./data),',
    'VERBIND_SECURE_COOKIES=true behind HTTPS, VERBIND_PUBLIC_URL (http://HOST:PORT; the base of every link), LOG_LEVEL (info).',
  ].join('\n'),
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' }, 'no-seed': { type: 'boolean' } } });
    // React's development build checks every element and is ~3x slower (bench/production-env.ts): serve the production build
    // unless asked otherwise. Set before React is first loaded, below.
    process.env.NODE_ENV ??= 'production';
    const config = configFromEnv();
    const port = values.port ? Number(values.port) : config.port;
    const host = values.host ?? config.host;
    const publicUrl = publicUrlFor(process.env, host, port);
    // The database first: a folder another server holds is refused before the web application is loaded (seconds of CPU).
    const database = await openDatabase({ ...config.database, share: true, command: 'serve' });
    try {
      await database.migrate();
      // Search text indexed by an older version (e.g. before French and English terms were added) is recomputed once.
      const { refreshSearchText } = await import('../../initiatives/store/search-text.js');
      const refreshed = await refreshSearchText(database.db);
      if (refreshed) console.log(`Updated the search text of ${refreshed} initiatives.`);
      if (!values['no-seed']) {
        const { seedIfEmpty } = await import('../../seed/service/seed.js');
        const seeded = await seedIfEmpty(database);
        if (seeded) console.log(`Seeded the empty database with ${seeded} initiatives from the study.`);
      }
      // Loaded here, not at the top: other commands should not pay for (or break on) the web application.
      const { buildApp } = await import('../../http/app.js');
      const { admissionLimits } = await import('../../http/admission.js');
      const { mailConfigFromEnv } = await import('../../platform/mail.js');
      const app = await buildApp({ database, admission: admissionLimits(database.kind), secureCookies: config.secureCookies, logLevel: config.logLevel, trustProxy: config.trustProxy, site: config.site, publicUrl, mail: mailConfigFromEnv() });
      const shutdown = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port, host });
    } catch (e) {
      await database.close(); // its thread would otherwise keep the process alive after the error
      throw e;
    }
    console.log(`Verbind runs at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (database: ${database.kind}${database.kind === 'pglite' ? ' in ' + (config.database.dataDir ?? './data') : ''})`);
    await new Promise(() => {}); // serve until stopped
    return 0;
  },
};
