import { FIELD_LABELS, ROLE_LABELS, VALUE_LABELS } from './labels';

/** One field of a change as the log reads it: "Vai trò: Ban Thường trực xã (Xã Một) → Chỉ xem (Xã Một)". */
export type FieldChange = { field: string; label: string | null; before: string | null; after: string | null };

type Snapshot = Record<string, unknown> | null;

/** Ids, timestamps and flags of what the caller may do say nothing to a reader of the log. */
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'at', 'can', 'path', 'scopePath', 'passwordHash']);
const skipped = (key: string) => SKIPPED.has(key) || /Id$/.test(key) || /Ids$/.test(key);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The names of units and organisations a snapshot refers to by id (roles), looked up by the caller. */
export type NameLookup = (id: string) => string | undefined;

function roleText(r: Record<string, unknown>, names: NameLookup): string {
  const role = typeof r.role === 'string' ? (ROLE_LABELS[r.role] ?? r.role) : '?';
  const where =
    (typeof r.organizationId === 'string' && (names(r.organizationId) ?? (r.organizationName as string))) ||
    (typeof r.unitId === 'string' && (names(r.unitId) ?? (r.unitName as string))) ||
    null;
  return where ? `${role} (${where})` : role;
}

/** A value as one line of text: yes/no, lists joined, roles by name, anything else as compact JSON. */
export function valueText(value: unknown, names: NameLookup = () => undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value
      .map((v) => (isObject(v) && 'role' in v ? roleText(v, names) : (valueText(v, names) ?? '—')))
      .join('; ');
  }
  if (isObject(value) && 'role' in value) return roleText(value, names);
  return JSON.stringify(value);
}

const labelOf = (key: string) => FIELD_LABELS[key.split('.').pop() ?? key] ?? null;

/** Top-level fields, with a nested plain object (settings) opened one level: "settings.phone". */
function flatten(s: Snapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(s ?? {})) {
    if (skipped(k)) continue;
    if (isObject(v) && !('role' in v)) {
      for (const [k2, v2] of Object.entries(v)) if (!skipped(k2)) out.set(`${k}.${k2}`, v2);
    } else out.set(k, v);
  }
  return out;
}

/**
 * Before and after, field by field: only the fields that differ (a creation lists what was set, an erasure what
 * was removed), ids and timestamps left out, in the order the snapshot has them.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot, names: NameLookup = () => undefined): FieldChange[] {
  const b = flatten(before);
  const a = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const coded = VALUE_LABELS[field];
    const read = (v: unknown) => (typeof v === 'string' && coded?.[v]) || valueText(v, names);
    const was = read(b.get(field));
    const now = read(a.get(field));
    if (was === now) continue;
    changes.push({ field, label: labelOf(field), before: was, after: now });
  }
  return changes;
}

/** The ids a snapshot names in its roles, so the caller can look their names up at once. */
export function referencedIds(...snapshots: Snapshot[]): string[] {
  const ids = new Set<string>();
  for (const s of snapshots) {
    const roles = s?.roles;
    if (!Array.isArray(roles)) continue;
    for (const r of roles)
      if (isObject(r))
        for (const k of ['unitId', 'organizationId'] as const) if (typeof r[k] === 'string') ids.add(r[k] as string);
  }
  return [...ids];
}

/** The name of the record a row is about, from its snapshot: a unit's name, a person's full name, a title… */
export function entityName(before: Snapshot, after: Snapshot): string | null {
  for (const s of [after, before])
    for (const k of ['fullName', 'name', 'title', 'username', 'receiptNo', 'number'])
      if (s && (typeof s[k] === 'string' || typeof s[k] === 'number')) return String(s[k]);
  return null;
}
