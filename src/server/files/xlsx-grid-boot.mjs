// A worker thread's first module: plain JavaScript, so that it loads whatever started the process (tsx, vitest);
// it installs tsx's loader, then runs the TypeScript task (xlsx-grid-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-grid-worker.ts');
