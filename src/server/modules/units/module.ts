import { defineModule } from '../manifest';
import { unitsRoutes } from './routes';

/** The demo's tenant structure (province, commune, villages, organisations) is created by demo/load-demo.ts itself. */
export default defineModule({ name: 'units', routes: unitsRoutes });
