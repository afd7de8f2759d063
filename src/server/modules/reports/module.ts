import { loadDemoReports } from '../../demo/load-demo-reports';
import { defineModule } from '../manifest';
import { reportsAgenda } from './agenda';
import { reportsRoutes } from './routes';

export default defineModule({
  name: 'reports',
  agenda: reportsAgenda,
  routes: reportsRoutes,
  loadDemo: async (d) => {
    d.reportId = await loadDemoReports(d.db, d.province, d.commune, d.meetings);
  },
});
