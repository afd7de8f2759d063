import { defineModule } from '../manifest';
import { jobsRoutes } from './routes';

/** Long work (big imports) run by a job runner in the app process, and its progress (GET /api/v1/jobs/{id}). */
export default defineModule({ name: 'jobs', routes: jobsRoutes });
