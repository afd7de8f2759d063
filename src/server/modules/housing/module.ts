import { defineModule } from '../manifest';
import { housingRoutes } from './routes';
import { registerHousingSources } from './source';

export default defineModule({
  name: 'housing',
  routes: housingRoutes,
  registerSources: registerHousingSources,
});
