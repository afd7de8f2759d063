import { defineModule } from '../manifest';
import { officialRoutes } from './official-routes';
import { unitsRoutes } from './routes';

/** The demo's tenant structure (province, commune, villages, organisations) is created by demo/load-demo.ts itself. */
export default defineModule({
  name: 'units',
  routes: (deps) => unitsRoutes(deps).route('/', officialRoutes(deps)),
});
