import { parentPort } from 'node:worker_threads';
import type { ProgressReport } from '../../core/progress';
import { parseBankStatement, StatementFileError, type StatementRow } from './bank-statement';
import type { ParseMessage, ParseTask } from './statement-parse';

/**
 * The statement worker (statement-parse.ts): reads the statements it is sent one after the other; rows go back in
 * batches as they are read, so the thread that receives them never spends long decoding one message.
 */
const BATCH = 2000;
const post = (m: ParseMessage) => parentPort?.postMessage(m);
let queue = Promise.resolve();
parentPort?.on('message', (task: ParseTask) => {
  queue = queue.then(async () => {
    const { id } = task;
    const progress = {
      report: async (p: ProgressReport) => post({ id, kind: 'progress', report: p }),
      written: async () => {},
    };
    try {
      // Rows leave as they are read: this thread never holds the whole statement.
      let batch: StatementRow[] = [];
      const send = () => {
        if (batch.length) post({ id, kind: 'rows', rows: batch });
        batch = [];
      };
      const parsed = await parseBankStatement(task.bytes, task.name, task.today, progress, (rows) => {
        for (const r of rows) batch.push(r);
        if (batch.length >= BATCH) send();
      });
      for (const r of parsed.rows) batch.push(r);
      send();
      post({ id, kind: 'done', headerRow: parsed.headerRow, ignored: parsed.ignored, errors: parsed.errors });
    } catch (e) {
      post(
        e instanceof StatementFileError
          ? { id, kind: 'fileError', message: e.message }
          : { id, kind: 'failed', message: e instanceof Error ? e.message : String(e) },
      );
    }
  });
});
