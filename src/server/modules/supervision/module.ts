import { loadDemoSupervision } from '../../demo/load-demo-supervision';
import { defineModule } from '../manifest';
import { supervisionAgenda } from './agenda';
import { supervisionRoutes } from './routes';
import { registerSupervisionSources } from './source';

export default defineModule({
  name: 'supervision',
  agenda: supervisionAgenda,
  routes: supervisionRoutes,
  registerSources: registerSupervisionSources,
  loadDemo: (d) => loadDemoSupervision(d.db, d.commune, d.villages, d.orgs, d.meetings),
});
