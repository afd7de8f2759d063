import { defineModule } from '../manifest';
import { registerRoutes } from './routes';

/** The demo's register entries are the numbers the meetings, supervision and reports steps issue. */
export default defineModule({ name: 'register', routes: registerRoutes });
