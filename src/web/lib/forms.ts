import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts server field errors under the matching form fields ("roles.0.unitId" → ['roles', 0, 'unitId']).
 * Returns the message for errors no field shows.
 */
export function showApiError(form: FormInstance | null, err: unknown): string {
  if (!(err instanceof ApiError)) return String(err);
  if (!form) return err.message;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = Object.entries(err.fields)
    .map(([key, msg]) => ({ name: key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [msg] }))
    .filter((f) => known.has(String(f.name[0])));
  form.setFields(fields);
  return fields.length ? '' : err.message;
}
