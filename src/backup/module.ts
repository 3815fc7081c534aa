/** Whole-database backup and restore, engine-neutral. */
import type { CapabilityModule } from '../platform/module.js';

export const backupModule: CapabilityModule = {
  name: 'backup',
  commands: async () => {
    const { backupCommand, restoreCommand } = await import('./cli/backup.js');
    return [backupCommand, restoreCommand]; // verbind backup, verbind restore
  },
};
