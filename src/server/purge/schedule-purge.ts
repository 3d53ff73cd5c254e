// Runs the retention purge (and prunes ended sign-in attempt windows) now and every hour. Several processes may run it; it is idempotent.
import type { FastifyBaseLogger } from 'fastify';
import { type PurgeReport, pruneLoginAttempts, purgeExpiredNotes, type Store } from '#store';
import { logEvent } from '../logging/log-event.ts';

export interface PurgeSchedule {
  runNow(): Promise<PurgeReport>;
  stop(): void;
}

export function schedulePurge(store: Store, log: FastifyBaseLogger, intervalMs = 60 * 60 * 1000): PurgeSchedule {
  const runNow = async (): Promise<PurgeReport> => {
    const report = await purgeExpiredNotes(store);
    // Sign-in attempts are kept only while their lockout window runs.
    await pruneLoginAttempts(store);
    if (report.draftsDeleted || report.summariesDeleted || report.worksheetsTrimmed) logEvent(log, { level: 'info', message: 'retention purge', fields: { ...report } });
    return report;
  };
  const timer = setInterval(() => {
    runNow().catch((err: unknown) => logEvent(log, { level: 'error', message: 'retention purge failed', err }));
  }, intervalMs);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
