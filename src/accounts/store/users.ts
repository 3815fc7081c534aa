/**
 * Accounts of coders and admins. E-mail addresses are stored trimmed and in
 * lower case so "An@X.be" and "an@x.be" are one account.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users, USER_ROLES, type UserRole } from '../../db/schema.js';
import { deleteUserSessions } from './sessions.js';
import { hashPassword } from '../passwords.js';

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  createdAt: string;
}

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const roleSchema = z.enum(USER_ROLES);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class DuplicateEmailError extends Error {
  constructor() {
    super('An account with this e-mail address already exists.');
  }
}

const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, createdAt: users.createdAt };
const toUser = (r: { id: string; email: string; name: string; role: UserRole; active: boolean; createdAt: Date }): User => ({
  ...r,
  createdAt: new Date(r.createdAt).toISOString(),
});

export interface NewUser {
  email: string;
  name?: string;
  role: UserRole;
  password: string;
}

export async function createUser(db: Db, input: NewUser): Promise<User> {
  const email = normaliseEmail(input.email);
  if (await findUserByEmail(db, email)) throw new DuplicateEmailError();
  const passwordHash = await hashPassword(input.password);
  try {
    const rows = await db
      .insert(users)
      .values({ email, name: input.name?.trim() ?? '', role: input.role, passwordHash })
      .returning(publicColumns);
    return toUser(rows[0]!);
  } catch (e) {
    // Two requests racing for one address: the unique index decides.
    if (isUniqueViolation(e)) throw new DuplicateEmailError();
    throw e;
  }
}

function isUniqueViolation(e: unknown): boolean {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    if ((x as { code?: string }).code === '23505') return true;
  }
  return false;
}

export async function findUserByEmail(db: Db, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const rows = await db.select({ ...publicColumns, passwordHash: users.passwordHash }).from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].passwordHash } : undefined;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const rows = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ? toUser(rows[0]) : undefined;
}

/** Active accounts first, then by e-mail address. */
export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.select(publicColumns).from(users).orderBy(asc(users.email));
  return rows.map(toUser).sort((a, b) => Number(b.active) - Number(a.active));
}

export async function changeRole(db: Db, id: string, role: UserRole): Promise<boolean> {
  const rows = await db.update(users).set({ role }).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

/** Switches an account off and signs it out everywhere; its history stays. */
export async function deactivateUser(db: Db, id: string): Promise<boolean> {
  const rows = await db.update(users).set({ active: false }).where(eq(users.id, id)).returning({ id: users.id });
  await deleteUserSessions(db, id);
  return rows.length > 0;
}

export async function activateUser(db: Db, id: string): Promise<boolean> {
  const rows = await db.update(users).set({ active: true }).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

/** Sets a new password and signs the account out everywhere (an old session may be someone else's). */
export async function setPassword(db: Db, id: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const rows = await db.update(users).set({ passwordHash }).where(eq(users.id, id)).returning({ id: users.id });
  await deleteUserSessions(db, id);
  return rows.length > 0;
}
