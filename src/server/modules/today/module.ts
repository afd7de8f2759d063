import { defineModule } from '../manifest';
import { todayRoutes } from './routes';

export default defineModule({ name: 'today', routes: todayRoutes });
