import { loadDemoFestival } from '../../demo/load-demo-festival';
import { defineModule } from '../manifest';
import { festivalRoutes } from './routes';

export default defineModule({
  name: 'festival',
  routes: festivalRoutes,
  loadDemo: (d) => loadDemoFestival(d),
  // The festival reads the year's relief, funds and members, and links the portal's video post about it.
  demoAfter: ['posts', 'relief', 'funds', 'members', 'housing'],
});
