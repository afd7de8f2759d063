import { loadDemoHousing } from '../../demo/load-demo-housing';
import { defineModule } from '../manifest';
import { housingPortalRoutes } from './portal-routes';
import { housingRoutes } from './routes';
import { registerHousingSources } from './source';

export default defineModule({
  name: 'housing',
  routes: housingRoutes,
  portalRoutes: housingPortalRoutes,
  registerSources: registerHousingSources,
  loadDemo: async (d) => {
    await loadDemoHousing(d.db, d.commune, d.villages);
  },
});
