/**
 * Password hashing with argon2id (memory-hard, the OWASP first choice) and
 * password generation. Parameters follow the OWASP cheat sheet minimum
 * (19 MiB, 2 passes, 1 lane): strong, yet a small server can sign in many
 * people at once.
 */
import argon2 from 'argon2';
import { randomInt } from 'node:crypto';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** True when the password matches; false for a wrong password or a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A hash of nothing anybody knows, verified when an e-mail address is unknown,
// so a wrong address takes as long as a wrong password and reveals nothing.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(`unused-${randomInt(1e9)}`);
  await verifyPassword(await dummyHash, password);
}

// No 0/O, 1/l/I: generated passwords are read aloud or copied from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password like "k7mq-x3vt-9pzr-h2wn" (about 79 bits), easy to type. */
export function generatePassword(groups = 4, size = 4): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let s = '';
    for (let i = 0; i < size; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    parts.push(s);
  }
  return parts.join('-');
}

/** Why a chosen password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): 'tooShort' | 'tooLong' | null {
  if ([...password].length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  return null;
}
