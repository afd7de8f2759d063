import { defineModule } from '../manifest';
import { auditRoutes } from './routes';

export default defineModule({ name: 'audit', routes: auditRoutes });
