import { loadDemoRelief } from '../../demo/load-demo-relief';
import { defineModule } from '../manifest';
import { reliefRoutes } from './routes';
import { registerReliefSources } from './source';

export default defineModule({
  name: 'relief',
  routes: reliefRoutes,
  registerSources: registerReliefSources,
  loadDemo: async (d) => {
    await loadDemoRelief(d.db, d.commune, d.villages);
  },
});
