import { loadDemoBodies } from '../../demo/load-demo-bodies';
import { defineModule } from '../manifest';
import { bodiesRoutes } from './routes';

/** The front's committee, standing committee, village boards and the boards it guides (issue 14.2–14.3). */
export default defineModule({
  name: 'bodies',
  routes: bodiesRoutes,
  loadDemo: (d) => loadDemoBodies(d.db, d.commune, d.villages, d.orgs),
});
