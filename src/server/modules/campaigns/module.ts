import { defineModule } from '../manifest';
import { campaignsAgenda } from './agenda';
import { campaignsRoutes } from './routes';

export default defineModule({ name: 'campaigns', routes: campaignsRoutes, agenda: campaignsAgenda });
