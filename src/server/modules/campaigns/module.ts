import { defineModule } from '../manifest';
import { campaignsRoutes } from './routes';

export default defineModule({ name: 'campaigns', routes: campaignsRoutes });
