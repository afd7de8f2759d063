import { loadDemoFunds } from '../../demo/load-demo-funds';
import { defineModule } from '../manifest';
import { fundsAgenda } from './agenda';
import { fundsRoutes } from './routes';
import { registerFundSources } from './source';

export default defineModule({
  name: 'funds',
  agenda: fundsAgenda,
  routes: fundsRoutes,
  registerSources: registerFundSources,
  loadDemo: async (d) => {
    const [women, farmers, veterans, youth] = d.orgs;
    await loadDemoFunds(d.db, d.commune, d.villages, { women, farmers, veterans, youth });
  },
});
