import { defineModule } from '../manifest';
import { logoRoutes } from './logo-routes';
import { officialRoutes } from './official-routes';
import { unitsPortalRoutes } from './portal-routes';
import { unitsRoutes } from './routes';

/** The demo's tenant structure (province, commune, villages, organisations) is created by demo/load-demo.ts itself. */
export default defineModule({
  name: 'units',
  routes: (deps) => unitsRoutes(deps).route('/', officialRoutes(deps)).route('/', logoRoutes(deps)),
  // Before every other module's public pages: old /xa/<uuid>/… links are redirected here first.
  portalRoutes: unitsPortalRoutes,
});
