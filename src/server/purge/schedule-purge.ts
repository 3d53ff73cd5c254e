// Runs the retention purge now and every hour. Several processes may run it; it is idempotent.
import type { FastifyBaseLogger } from 'fastify';
import { type PurgeReport, purgeExpiredNotes, type Store } from '#store';

export interface PurgeSchedule {
  runNow(): Promise<PurgeReport>;
  stop(): void;
}

export function schedulePurge(store: Store, log: FastifyBaseLogger, intervalMs = 60 * 60 * 1000): PurgeSchedule {
  const runNow = async (): Promise<PurgeReport> => {
    const report = await purgeExpiredNotes(store);
    if (report.draftsDeleted || report.summariesDeleted || report.worksheetsTrimmed) log.info(report, 'retention purge');
    return report;
  };
  const timer = setInterval(() => {
    runNow().catch((err: unknown) => log.error({ err }, 'retention purge failed'));
  }, intervalMs);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
