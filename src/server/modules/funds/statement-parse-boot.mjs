// A worker thread's first module: plain JavaScript, so that it loads whatever started the process (tsx, vitest);
// it installs tsx's loader, then runs the TypeScript task (statement-parse-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./statement-parse-worker.ts');
