import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { USER_ROLES } from '../../db/schema.js';
import { createUser, DuplicateEmailError, emailSchema, findUserByEmail, roleSchema, setPassword } from '../store/users.js';
import { generatePassword, passwordProblem, passwordProblemText, PASSWORD_MAX, PASSWORD_MIN } from '../passwords.js';
import { audit } from '../../audit/audit.js';

/** `verbind user add`: the way to create the first admin, and accounts in bulk from scripts. */
export const userAddCommand: Command = {
  name: 'user add',
  summary: 'Add an account (admin or coder)',
  help: [
    'Usage: npx verbind user add --email E --role admin|coder [--name N] [--password P]',
    '',
    'Adds an account that can sign in to the coding desk.',
    '',
    'Options:',
    '  --email E     E-mail address used to sign in (required)',
    '  --role R      admin (may also manage accounts) or coder (required)',
    '  --name N      Name shown in the history of initiatives (optional)',
    `  --password P  Initial password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters (optional; visible in your shell`,
    '                history, so prefer the VERBIND_PASSWORD environment variable)',
    '',
    'Without --password, VERBIND_PASSWORD is used; without either, a strong password is',
    'generated and printed once. It is stored only as an argon2id hash.',
    '',
    'Exit codes: 0 added, 1 refused (e-mail already in use, unknown role, weak password), 2 wrong usage.',
    'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
  ].join('\n'),
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.email) throw new UsageError('Missing --email.');
    if (!values.role) throw new UsageError('Missing --role (admin or coder).');
    const role = roleSchema.safeParse(values.role);
    if (!role.success) {
      console.error(`Error: unknown role "${values.role}". Use one of: ${USER_ROLES.join(', ')}.`);
      return 1;
    }
    const email = emailSchema.safeParse(values.email);
    if (!email.success) {
      console.error(`Error: "${values.email}" is not a valid e-mail address.`);
      return 1;
    }
    const given = values.password ?? process.env.VERBIND_PASSWORD;
    const password = given || generatePassword();
    const problem = given ? passwordProblem(given) : null;
    if (problem) {
      console.error(`Error: ${passwordProblemText(problem)} Nothing was changed.`);
      return 1;
    }
    return withDatabase(async (database) => {
      try {
        const user = await createUser(database.db, { email: email.data, name: values.name ?? '', role: role.data, password });
        await audit(database.db, { actorId: null, action: 'user.create', entity: 'user', entityId: user.id, details: { role: user.role, via: 'cli', initial: given ? 'chosen' : 'generated' } });
        console.log(`Added ${user.role} account ${user.email} (id ${user.id}).`);
        if (!given) console.log(`Password (shown only this once, write it down): ${password}`);
        return 0;
      } catch (e) {
        if (e instanceof DuplicateEmailError) {
          console.error(`Error: an account with e-mail ${email.data} already exists. Nothing was changed.`);
          return 1;
        }
        throw e;
      }
    });
  },
};

/** `verbind user password`: a new password for an account, e.g. when the only admin has lost theirs. */
export const userPasswordCommand: Command = {
  name: 'user password',
  summary: 'Set a new password for an account (signs it out everywhere)',
  help: [
    'Usage: npx verbind user password --email E [--password P]',
    '',
    'Sets a new password for the account with this e-mail address and ends all its sessions.',
    'Without --password, VERBIND_PASSWORD is used; without either, a strong password is generated',
    'and printed once. Exit codes: 0 done, 1 no such account or weak password, 2 wrong usage.',
  ].join('\n'),
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { email: { type: 'string' }, password: { type: 'string' } }, strict: true, allowPositionals: false });
    if (!values.email) throw new UsageError('Missing --email.');
    const given = values.password ?? process.env.VERBIND_PASSWORD;
    const password = given || generatePassword();
    const problem = given ? passwordProblem(given) : null;
    if (problem) {
      console.error(`Error: ${passwordProblemText(problem)} Nothing was changed.`);
      return 1;
    }
    return withDatabase(async (database) => {
      const user = await findUserByEmail(database.db, values.email!);
      if (!user) {
        console.error(`Error: there is no account with e-mail ${values.email}. Nothing was changed.`);
        return 1;
      }
      await setPassword(database.db, user.id, password); // also ends its sessions
      await audit(database.db, { actorId: null, action: 'user.password', entity: 'user', entityId: user.id, details: { via: 'cli', chosen: Boolean(given) } });
      console.log(`New password set for ${user.email}; its sessions were ended.`);
      if (!given) console.log(`Password (shown only this once, write it down): ${password}`);
      return 0;
    });
  },
};
