/** Whole-database backup and restore, engine-neutral. */
import type { CapabilityModule } from '../platform/module.js';

export const backupModule: CapabilityModule = {
  name: 'backup',
  commands: [
    { name: 'backup', summary: 'Back up the whole database to one file (works while the server runs)', load: async () => (await import('./cli/backup.js')).backupCommand },
    { name: 'restore', summary: 'Restore a backup into an empty database (all or nothing)', load: async () => (await import('./cli/backup.js')).restoreCommand },
  ],
};
