import { defineModule } from '../manifest';
import { usersRoutes } from './routes';

export default defineModule({ name: 'users', routes: usersRoutes });
