/**
 * Password hashing with argon2id (memory-hard, the OWASP first choice) and
 * password generation. Parameters follow the OWASP cheat sheet minimum
 * (19 MiB, 2 passes, 1 lane): strong, yet a small server can sign in many
 * people at once.
 */
import argon2 from 'argon2';
import { randomInt } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

const commonPasswords = (): string[] => dictionary['passwords-common'];

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

/**
 * Why a chosen password is refused, or null when it is acceptable. The rules
 * of NIST SP 800-63B (Digital Identity Guidelines, Authentication and
 * Lifecycle Management, section 5.1.1.2 "Memorized Secret Verifiers"): a
 * minimum length, no composition rules, and a check against "passwords
 * obtained from previous breach corpuses", "repetitive or sequential
 * characters (e.g. 'aaaaaa', '1234abcd')" and "context-specific words, such
 * as the name of the service".
 */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'repetitive';

export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  if (isRepetitiveOrSequential(password)) return 'repetitive';
  if (isCommon(password)) return 'common';
  return null;
}

/**
 * "aaaaaaaaaa", "1234567890", "abcdefghij", "9876543210", "abcabcabca",
 * "aaaaa11111", "abcde12345": the characters follow on from each other (same,
 * next or previous; 9 then 0 counts as next) except at most one jump, or the
 * password is a unit of at most four characters repeated.
 */
export function isRepetitiveOrSequential(password: string): boolean {
  const chars = [...password.toLowerCase()];
  let jumps = 0;
  for (let i = 1; i < chars.length; i++) {
    const d = chars[i]!.codePointAt(0)! - chars[i - 1]!.codePointAt(0)!;
    const wraps = (chars[i - 1] === '9' && chars[i] === '0') || (chars[i - 1] === '0' && chars[i] === '9');
    if (Math.abs(d) > 1 && !wraps) jumps++;
  }
  if (jumps <= 1) return true;
  for (let unit = 1; unit <= 4; unit++) {
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

// Words of this service and of passwords themselves, in Verbind's languages, that a
// list of common passwords does not hold (NIST's "context-specific words").
const CONTEXT_WORDS = ['verbind', 'wachtwoord', 'motdepasse', 'password', 'paswoord', 'eenzaamheid'];

let common: Set<string> | undefined;

/**
 * On the list of common passwords of @zxcvbn-ts/language-common (MIT licence;
 * about 49,000 passwords most often found in breaches), compared without regard
 * to case; or a context word with only digits and punctuation around it.
 */
export function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  common ??= new Set(commonPasswords().filter((p) => [...p].length >= PASSWORD_MIN));
  if (common.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  return CONTEXT_WORDS.includes(core) || CONTEXT_WORDS.includes(core.replace(/[\W_]+/gu, ''));
}

/** The reason in plain English, for the command line. */
export function passwordProblemText(problem: PasswordProblem): string {
  switch (problem) {
    case 'tooShort':
      return `the password is too short (at least ${PASSWORD_MIN} characters).`;
    case 'tooLong':
      return `the password is too long (at most ${PASSWORD_MAX} characters).`;
    case 'common':
      return 'the password is on a list of common passwords and easy to guess; choose another one.';
    case 'repetitive':
      return 'the password repeats characters or follows a sequence (like aaaa or 1234) and is easy to guess; choose another one.';
  }
}
