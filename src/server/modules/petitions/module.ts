import { loadDemoPetitions } from '../../demo/load-demo-petitions';
import { defineModule } from '../manifest';
import { petitionsAgenda } from './agenda';
import { petitionsPortalRoutes } from './portal-pages';
import { petitionsRoutes } from './routes';
import { registerPetitionSources } from './source';

export default defineModule({
  name: 'petitions',
  agenda: petitionsAgenda,
  routes: petitionsRoutes,
  portalRoutes: petitionsPortalRoutes,
  registerSources: registerPetitionSources,
  loadDemo: (d) => loadDemoPetitions(d.db, d.commune, d.villages, d.orgs, d.meetings),
});
