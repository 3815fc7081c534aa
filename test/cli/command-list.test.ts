/**
 * The CLI lists commands from the modules' entries without loading them (src/cli/command-list.ts);
 * each entry must say what its command says, and every name is unique.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS } from '../../src/cli/command-list.js';

test('every command entry loads the command it names, with the same summary', async () => {
  assert.ok(COMMANDS.length >= 15, `only ${COMMANDS.length} commands`);
  assert.equal(new Set(COMMANDS.map((c) => c.name)).size, COMMANDS.length, 'command names are unique');
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.equal(command.name, entry.name, `${entry.name}: the entry loads "${command.name}"`);
    assert.equal(command.summary, entry.summary, `${entry.name}: the entry's summary differs from the command's`);
    assert.ok(command.help.length > 0, `${entry.name} has help`);
  }
});
