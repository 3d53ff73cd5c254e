// Sign-in: the attempt is counted first, atomically (so a burst of parallel guesses cannot get
// more than the limit evaluated, and a locked account learns nothing, even from the right
// password), then the password, then the second factor, then whether the account is active.
// Every failure is audited through the audit chain: `sign_in_failed` (and `lock` when this
// attempt reached the limit), naming the account's id, or a keyed hash of an email that has no
// account. The count has already committed on its own (one atomic upsert, never held open
// across the slow password check); the events commit together in one transaction after it.
import {
  AppError,
  type AuditEventInput,
  appendAuditEvents,
  auditEmailId,
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
  if (!counted.allowed) {
    const target = await findUserByEmail(store, input.email);
    await appendAuditEvents(store, [failedEvent(store, input.email, target, 'sign_in_failed')]);
    throw lockedError();
  }
  const user = await findUserByEmail(store, input.email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk) return fail(store, input.email, user, counted);

  if (user.totp_enabled) {
    if (!input.totp) {
      // The password was right: this attempt was not a failure, and the code comes next.
      await uncountLoginAttempt(store, input.email);
      throw new AppError('totp_required', 'Enter the code from your authenticator app', { field: 'totp' });
    }
    if (!(await secondFactorOk(store, user, input.totp))) return fail(store, input.email, user, counted);
  }
  await clearLoginAttempts(store, input.email);
  // Said only after the password (and code) were right, so it reveals nothing to a guesser.
  if (user.deactivated_at) {
    await appendAuditEvents(store, [{ userId: null, action: 'refuse', entity: 'user', entityId: user.id }]);
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

async function fail(store: Store, email: string, user: UsersTable | undefined, counted: CountedAttempt): Promise<never> {
  // The attempt is already counted; the one that reached the limit has locked the email.
  const events = [failedEvent(store, email, user, 'sign_in_failed')];
  if (counted.last) events.push(failedEvent(store, email, user, 'lock'));
  await appendAuditEvents(store, events);
  if (counted.last) throw lockedError();
  throw new AppError('bad_credentials', 'Email, password or code not recognised');
}

function failedEvent(store: Store, email: string, user: UsersTable | undefined, action: 'sign_in_failed' | 'lock'): AuditEventInput {
  return { userId: null, action, entity: 'user', entityId: user ? user.id : auditEmailId(store, email) };
}

function lockedError(): AppError {
  return new AppError('locked', 'Too many failed sign-ins; this account is locked for a few minutes');
}
