// Password policy after NIST SP 800-63B (5.1.1.2): a minimum length (12 here), no composition
// rules ("one digit, one symbol"), and a check against passwords known to be common and against
// words of the account itself (its email and name) and of the service. The list is data:
// data/common-passwords.json (where it comes from is written in the file and in docs/decisions.md).
import { AppError } from '#store';
import commonList from './data/common-passwords.json' with { type: 'json' };

const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

const COMMON = new Set(commonList.passwords);
const SERVICE_WORDS = ['afterword'];

export interface PasswordPolicyInput {
  password: string;
  /** The account's email and name, which the password must not contain. */
  email?: string;
  name?: string;
}

const squash = (text: string) => text.toLowerCase().replace(/[\s._\-']+/g, '');

/**
 * What is wrong with a password, in words that say what to fix; null when it is acceptable.
 * @example passwordProblem({ password: 'qwerty123456' }) // 'This password is one of the ...'
 */
function passwordProblem(input: PasswordPolicyInput): string | null {
  const { password } = input;
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length}); a passphrase of three or four unrelated words is long and easy to remember`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(squash(password))) {
    return 'This password is on a list of the most common passwords, which are tried first; choose another, for example three or four unrelated words';
  }
  if (new Set(lower).size < 5) return 'This password repeats too few different characters; choose one that is less predictable';
  const squashed = squash(password);
  const email = input.email?.trim().toLowerCase() ?? '';
  const local = squash(email.split('@')[0] ?? '');
  if (email && (lower.includes(email) || (local.length >= 4 && squashed.includes(local)))) {
    return 'Do not use your email address in your password; choose words that have nothing to do with your account';
  }
  const name = input.name?.trim() ?? '';
  const nameParts = name.toLowerCase().split(/[\s.,'-]+/).filter((p) => p.length >= 4);
  const words = new Set(lower.split(/[^\p{L}\p{N}]+/u));
  if (name && (squashed.includes(squash(name)) || nameParts.some((p) => words.has(p)))) {
    return 'Do not use your name in your password; choose words that have nothing to do with you';
  }
  if (SERVICE_WORDS.some((w) => squashed.includes(w))) return 'Do not use the name of this application in your password';
  return null;
}

/** Throws a 400 naming the field when the password breaks the policy. */
export function checkPasswordPolicy(input: PasswordPolicyInput, field = 'body.password'): void {
  const problem = passwordProblem(input);
  if (problem) throw new AppError('bad_request', problem, { field });
}
