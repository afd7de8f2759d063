import { loadDemoBodies } from '../../demo/load-demo-bodies';
import { defineModule } from '../manifest';
import { registerBodyCounts } from './figures';
import { bodiesRoutes } from './routes';

/** The front's committee, standing committee, village boards and the boards it guides (issue 14.2–14.3). */
export default defineModule({
  name: 'bodies',
  routes: bodiesRoutes,
  // Not an indicator source: the committee's columns of the member counts table, registered at the same moment.
  registerSources: registerBodyCounts,
  loadDemo: (d) => loadDemoBodies(d.db, d.commune, d.villages, d.orgs),
});
