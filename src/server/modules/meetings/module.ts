import { loadDemoMeetings } from '../../demo/load-demo-meetings';
import { defineModule } from '../manifest';
import { meetingsRoutes } from './routes';
import { registerMeetingSources } from './source';

export default defineModule({
  name: 'meetings',
  routes: meetingsRoutes,
  registerSources: registerMeetingSources,
  loadDemo: async (d) => {
    d.meetings = await loadDemoMeetings(d.db, d.commune, d.villages, d.orgs);
  },
});
