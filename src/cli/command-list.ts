/**
 * Every `npx verbind` command: serve and migrate belong to the shell; every other one comes from
 * its capability's module (src/modules.ts) and is loaded only when it runs.
 */
import type { Command } from '../platform/command.js';
import type { CommandEntry } from '../platform/module.js';
import { serveCommand } from './commands/serve.js';
import { migrateCommand } from './commands/migrate.js';
import { MODULES } from '../modules.js';

const shellCommand = (c: Command): CommandEntry => ({ name: c.name, summary: c.summary, load: async () => c });

export const COMMANDS: readonly CommandEntry[] = [shellCommand(serveCommand), shellCommand(migrateCommand), ...MODULES.flatMap((m) => m.commands ?? [])];
