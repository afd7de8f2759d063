import { defineModule } from '../manifest';
import { reportFormsAgenda } from './agenda';
import { loadDemoReportForms } from './demo';
import { reportFileRoutes } from './routes-files';
import { reportFormRoutes } from './routes';
import { reportSubmissionRoutes } from './routes-submissions';

export default defineModule({
  name: 'report-forms',
  routes: (deps) => {
    const app = reportFileRoutes(deps);
    app.route('/', reportFormRoutes(deps));
    app.route('/', reportSubmissionRoutes(deps));
    return app;
  },
  agenda: reportFormsAgenda,
  loadDemo: loadDemoReportForms,
});
