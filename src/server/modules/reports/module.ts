import { loadDemoReports } from '../../demo/load-demo-reports';
import { defineModule } from '../manifest';
import { reportsRoutes } from './routes';

export default defineModule({
  name: 'reports',
  routes: reportsRoutes,
  loadDemo: async (d) => {
    d.reportId = await loadDemoReports(d.db, d.province, d.commune, d.meetings);
  },
});
