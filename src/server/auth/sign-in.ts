// Sign-in: the attempt is counted first, atomically (so a burst of parallel guesses cannot get
// more than the limit evaluated, and a locked account learns nothing, even from the right
// password), then the password, then the second factor, then whether the account is active.
import {
  AppError,
  clearLoginAttempts,
  type CountedAttempt,
  countLoginAttempt,
  findUserByEmail,
  type LockoutPolicy,
  readTotpSecrets,
  recordTotpStep,
  redeemRecoveryCode,
  type Store,
  type UsersTable,
  uncountLoginAttempt,
} from '#store';
import type { TLoginRequest } from './auth.schema.ts';
import { verifyPassword } from './hash-password.ts';
import { checkTotpCode } from './totp-codes.ts';

export async function signIn(store: Store, input: TLoginRequest, policy: LockoutPolicy): Promise<UsersTable> {
  const counted = await countLoginAttempt(store, input.email, policy);
  if (!counted.allowed) throw lockedError();
  const user = await findUserByEmail(store, input.email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk) return fail(counted);

  if (user.totp_enabled) {
    if (!input.totp) {
      // The password was right: this attempt was not a failure, and the code comes next.
      await uncountLoginAttempt(store, input.email);
      throw new AppError('totp_required', 'Enter the code from your authenticator app', { field: 'totp' });
    }
    if (!(await secondFactorOk(store, user, input.totp))) return fail(counted);
  }
  await clearLoginAttempts(store, input.email);
  // Said only after the password (and code) were right, so it reveals nothing to a guesser.
  if (user.deactivated_at) {
    throw new AppError('deactivated', 'This account has been deactivated by the practice owner; ask them to reactivate it');
  }
  return user;
}

async function secondFactorOk(store: Store, user: UsersTable, code: string): Promise<boolean> {
  if (/^\d{6}$/.test(code)) {
    const secrets = await readTotpSecrets(store, user.id);
    if (!secrets.active) return false;
    const step = await checkTotpCode({ secret: secrets.active, code, nowMs: store.now().getTime(), afterStep: secrets.lastStep });
    return step !== null && (await recordTotpStep(store, user.id, step));
  }
  return redeemRecoveryCode(store, user.id, code);
}

function fail(counted: CountedAttempt): never {
  // The attempt is already counted; the one that reached the limit has locked the email.
  if (counted.last) throw lockedError();
  throw new AppError('bad_credentials', 'Email, password or code not recognised');
}

function lockedError(): AppError {
  return new AppError('locked', 'Too many failed sign-ins; this account is locked for a few minutes');
}
