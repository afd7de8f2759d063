import { ApiError } from './api';

/** Fetches a file the server builds, keeping the session cookie; a refusal becomes an ApiError with its message. */
export async function fetchFile(url: string): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
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
  return res;
}

/** Downloads a file the server builds (export, template) under the name given. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  saveBlob(await (await fetchFile(`/api/v1${path}`)).blob(), fileName);
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
