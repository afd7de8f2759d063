import { ApiError } from './api';

/** Downloads a file the server builds (export, template), keeping the session cookie. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const res = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as {
      error?: { code: string; message: string; fields?: Record<string, string> };
    } | null;
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'http_error',
      data?.error?.message ?? `HTTP ${res.status}`,
      data?.error?.fields,
    );
  }
  saveBlob(await res.blob(), fileName);
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "PT-2026-0001.xlsx" style names: no characters Windows refuses. */
export const fileSafe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
