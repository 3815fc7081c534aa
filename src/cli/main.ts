/**
 * `npx verbind <command>`. Every command has --help; exit code 0 on success,
 * 1 on failure, 2 on wrong usage.
 */
import { UsageError } from '../platform/command.js';
import { COMMANDS as commands } from './command-list.js';
import { badArgument } from '../edge/bad-text.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Verbind: knowledge bank, landscape and monitor of loneliness initiatives.',
    '',
    'Usage: npx verbind <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npx verbind <command> --help` for a command\'s options.',
    'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database folder, default ./data).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const bad = badArgument(argv);
  if (bad) {
    console.error(`Wrong usage: ${bad}.`);
    return 2;
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  // Two-word commands ("user add") are registered with their full name.
  const entry = commands.find((c) => c.name === name) ?? commands.find((c) => rest[0] !== undefined && c.name === `${name} ${rest[0]}`);
  if (!entry) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const command = await entry.load();
  const args = command.name.includes(' ') ? rest.slice(1) : rest;
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(e as Error).message}\n\n${command.help}`);
      return 2;
    }
    console.error(`Error: ${errorMessage(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

/** A database failure prints the database's own reason, never the statement and its parameters (personal data). */
function errorMessage(e: unknown): string {
  const err = e as Error & { cause?: Error };
  if (/^Failed query:/.test(err.message ?? '')) return `the database refused the operation: ${err.cause?.message ?? 'unknown reason'}`;
  return err.message;
}
