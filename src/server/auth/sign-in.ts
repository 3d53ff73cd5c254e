// Sign-in: lockout first (so a locked account learns nothing, even from the right password),
// then the password, then the second factor. Every failure counts toward the lockout, and is
// audited in the same transaction as its count: `sign_in_failed` (and `lock` when it locks the
// account), naming the account's id, or a keyed hash of an email that has no account.
import {
  AppError,
  type AuditEventInput,
  appendAuditEvents,
  auditEmailId,
  clearLoginFailures,
  findUserByEmail,
  lockedUntil,
  type LockoutPolicy,
  readTotpSecrets,
  recordLoginFailure,
  recordTotpStep,
  type Store,
  type UsersTable,
  redeemRecoveryCode,
} from '#store';
import type { TLoginRequest } from './auth.schema.ts';
import { verifyPassword } from './hash-password.ts';
import { checkTotpCode } from './totp-codes.ts';

export async function signIn(store: Store, input: TLoginRequest, policy: LockoutPolicy): Promise<UsersTable> {
  if (await lockedUntil(store, input.email)) {
    const target = await findUserByEmail(store, input.email);
    await appendAuditEvents(store, [failedEvent(store, input.email, target, 'sign_in_failed')]);
    throw lockedError();
  }
  const user = await findUserByEmail(store, input.email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk) return fail(store, input.email, user, policy);

  if (user.totp_enabled) {
    if (!input.totp) throw new AppError('totp_required', 'Enter the code from your authenticator app', { field: 'totp' });
    if (!(await secondFactorOk(store, user, input.totp))) return fail(store, input.email, user, policy);
  }
  await clearLoginFailures(store, input.email);
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

async function fail(store: Store, email: string, user: UsersTable | undefined, policy: LockoutPolicy): Promise<never> {
  const nowLocked = await store.transaction(async () => {
    const locks = await recordLoginFailure(store, email, policy);
    const events = [failedEvent(store, email, user, 'sign_in_failed')];
    if (locks) events.push(failedEvent(store, email, user, 'lock'));
    await appendAuditEvents(store, events);
    return locks;
  });
  if (nowLocked) throw lockedError();
  throw new AppError('bad_credentials', 'Email, password or code not recognised');
}

function failedEvent(store: Store, email: string, user: UsersTable | undefined, action: 'sign_in_failed' | 'lock'): AuditEventInput {
  return { userId: null, action, entity: 'user', entityId: user ? user.id : auditEmailId(store, email) };
}

function lockedError(): AppError {
  return new AppError('locked', 'Too many failed sign-ins; this account is locked for a few minutes');
}
