// The audit log as CSV for a spreadsheet or an auditor: one event a line, ids and names only
// (the log holds no clinical text). A cell a spreadsheet would run as a formula is quoted as text.
import type { AuditEventView } from '#store';

const COLUMNS = ['id', 'at', 'user_id', 'user_name', 'action', 'entity', 'entity_id'] as const;

/**
 * @example formatAuditCsv([{ id: 7, at: '2026-11-30T15:04:05.000Z', userId: 'u1', userName: 'Dana', action: 'view', entity: 'note', entityId: 'n1' }])
 * // 'id,at,user_id,user_name,action,entity,entity_id\r\n7,2026-11-30T15:04:05.000Z,u1,Dana,view,note,n1\r\n'
 */
export function formatAuditCsv(events: readonly AuditEventView[]): string {
  const rows = events.map((e) => [String(e.id), e.at, e.userId ?? '', e.userName ?? '', e.action, e.entity, e.entityId ?? '']);
  const lines = [COLUMNS as readonly string[], ...rows].map((row) => row.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: string): string {
  // "=HYPERLINK(...)" typed as a name must stay text in Excel and LibreOffice (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
