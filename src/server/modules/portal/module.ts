import { defineModule } from '../manifest';
import { portalRoutes } from './routes';

/** The public site; mounted last so the modules' own public pages match first. */
export default defineModule({ name: 'portal', portalRoutes });
