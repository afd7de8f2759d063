import { parentPort } from 'node:worker_threads';
import { type GridOptions, toWire, xlsxGrids } from './xlsx-grids';

/** The spreadsheet worker (xlsx-grids.ts): reads the workbooks it is sent, one after the other, and answers each. */
type Task = GridOptions & { id: number; bytes: Uint8Array };
let queue = Promise.resolve();
parentPort?.on('message', (task: Task) => {
  queue = queue.then(async () => {
    const grids = await xlsxGrids(task.bytes, { formulas: task.formulas, limit: task.limit });
    parentPort?.postMessage({ id: task.id, grids: toWire(grids) });
  });
});
