/**
 * Which inputs a calibration may estimate from (docs/real-data.md §"What is estimated and how"): a
 * records file's own columns, or — for records imported from platform exports — every field that no
 * agent-month lists as not provided or still pending (延时统计). A field missing for any agent-month
 * is not estimated from: the records hold 0 there, and a 0 nobody entered is not data.
 */
import type { AgentMonth } from '../engine/records';
import { jsonName, type ImportSource } from './importSource';

export function fieldsPresent(fields: ReadonlySet<keyof AgentMonth>, source: ImportSource | undefined): (field: keyof AgentMonth) => boolean {
  if (!source) return (f) => fields.has(f);
  const missing = new Set(source.notProvided.flatMap((n) => [...n.fields, ...n.pending]));
  return (f) => !missing.has(jsonName(f));
}
