import { loadDemoConsultations } from '../../demo/load-demo-consultations';
import { defineModule } from '../manifest';
import { consultationsPortalRoutes } from './portal-pages';
import { consultationsRoutes } from './routes';
import { registerConsultationSources } from './source';

export default defineModule({
  name: 'consultations',
  routes: consultationsRoutes,
  portalRoutes: consultationsPortalRoutes,
  registerSources: registerConsultationSources,
  loadDemo: (d) => loadDemoConsultations(d.db, d.commune, d.villages, d.orgs, d.meetings),
});
