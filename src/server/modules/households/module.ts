import { defineModule } from '../manifest';
import { householdImportJob } from './import-job';
import { householdsRoutes } from './routes';

/** The demo's households are written by the relief step (demo/load-demo-relief.ts), with their supports. */
export default defineModule({
  name: 'households',
  routes: householdsRoutes,
  jobs: { 'households.import': householdImportJob },
});
