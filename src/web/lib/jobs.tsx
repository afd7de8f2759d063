import { Progress, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatInteger } from '../../lib/numbers';
import { type Key, useI18n } from '../i18n';
import { ApiError, type ApiResponse } from './api';

/**
 * Long work on the server (a big import) as a job: the upload is sent with `Prefer: respond-async`, the
 * server answers 202 with a job at once, and the screen polls it, showing its stage and progress, until it
 * ends with exactly what the synchronous call would have answered (or its error).
 */
export type Job = ApiResponse<'/api/v1/jobs/{id}', 'get'>;
export type JobRowError = { row: number; field: string; message: string };

/** A job that failed: the synchronous call's error (status, code, message, fields) and its errors by row. */
export class JobFailedError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string>,
    readonly errors: JobRowError[],
  ) {
    super(status, code, message, fields);
  }
}

/** The server's first answer to the upload: 202 with a job, or (a server that did not honour the preference) the result. */
export type Started = { status: number; body: unknown };

/** Sends a form asking for a job (`Prefer: respond-async`). */
export async function postForJob(path: string, form: FormData): Promise<Started> {
  const res = await fetch(`/api/v1${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Prefer: 'respond-async' },
    body: form,
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

type ErrorBody = {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
  errors?: JobRowError[];
};

function failure(status: number, body: unknown): JobFailedError {
  const b = (body ?? {}) as ErrorBody;
  const e = b.error ?? {};
  return new JobFailedError(
    status,
    e.code ?? 'http_error',
    e.message ?? `HTTP ${status}`,
    e.fields ?? {},
    b.errors ?? [],
  );
}

const FIRST_POLL_MS = 500;
const MAX_POLL_MS = 2000;
const MAX_NETWORK_FAILURES = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs long work as a job and follows it: `run(send)` sends the upload, then polls the job (every 0.5 s at
 * first, backing off to 2 s), keeping `job` current for a progress bar; it resolves with the job's result or
 * rejects with a JobFailedError. Polling stops when the screen goes away (the job goes on on the server).
 */
export function useJob() {
  const [job, setJob] = useState<Job | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T,>(send: () => Promise<Started>): Promise<T> => {
    setJob(null);
    const first = await send();
    if (first.status >= 400) throw failure(first.status, first.body);
    if (first.status !== 202) return first.body as T;
    let current = first.body as Job;
    let delay = FIRST_POLL_MS;
    let networkFailures = 0;
    while (current.status === 'queued' || current.status === 'running') {
      if (!mounted.current) throw new ApiError(0, 'cancelled', 'cancelled');
      setJob(current);
      await sleep(delay);
      delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
      const res = await fetch(`/api/v1/jobs/${current.id}`, { credentials: 'same-origin' }).catch(() => null);
      if (!res) {
        if (++networkFailures >= MAX_NETWORK_FAILURES) throw new ApiError(0, 'network', 'network');
        continue;
      }
      networkFailures = 0;
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok) throw failure(res.status, body);
      current = body as Job;
    }
    if (mounted.current) setJob(current);
    if (current.status === 'failed') {
      const e = current.error;
      throw new JobFailedError(
        e?.status ?? 500,
        e?.code ?? 'internal',
        e?.message ?? '',
        e?.fields ?? {},
        e?.errors ?? [],
      );
    }
    return current.result as T;
  }, []);

  const reset = useCallback(() => setJob(null), []);
  return { job, run, reset };
}

const STAGES: Record<string, Key> = {
  reading: 'jobReading',
  checking: 'jobChecking',
  writing: 'jobWriting',
  receipts: 'jobReceipts',
};

/** "Đang kiểm tra 12.000/20.000 dòng": the job's stage in words, with its counts when the stage has them. */
export function jobStageText(job: Job, t: (k: Key) => string): string {
  if (job.status === 'queued') return t('jobQueued');
  const { stage, done, total } = job.progress;
  const text = t(STAGES[stage] ?? 'jobWorking');
  return text.replace('{done}', formatInteger(done)).replace('{total}', formatInteger(total));
}

/** The stage and a bar for a running job (nothing once it has ended: the screen shows its result). */
export function JobProgress({ job }: { job: Job | null }) {
  const { t } = useI18n();
  if (!job || job.status === 'done' || job.status === 'failed') return null;
  const { done, total } = job.progress;
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <div style={{ marginTop: 12 }} data-testid="job-progress">
      <Typography.Text role="status">{jobStageText(job, t)}</Typography.Text>
      <Progress percent={percent} status="active" showInfo={total > 0} />
    </div>
  );
}
