import { loadDemoResults } from '../../demo/load-demo-results';
import { defineModule } from '../manifest';
import { targetsAgenda } from './agenda';
import { targetsRoutes } from './routes';

export default defineModule({
  name: 'targets',
  agenda: targetsAgenda,
  routes: targetsRoutes,
  loadDemo: async (d) => {
    await loadDemoResults(d.db, d.province, d.commune, d.villages);
  },
});
