import type { Command } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Create or update the database schema',
  help: 'Usage: npx verbind migrate\n\nApplies every pending migration to the database (DATABASE_URL, else the embedded database in VERBIND_DATA_DIR).',
  async run() {
    await withDatabase(async (d) => {
      console.log(`Database (${d.kind}) is up to date.`);
    });
    return 0;
  },
};
