import { defineModule } from '../manifest';
import { reportFormsAgenda } from './agenda';
import { loadDemoReportForms } from './demo';
import { reportFileRoutes } from './routes-files';
import { reportFormRoutes } from './routes';
import { reportReminderRoutes } from './routes-reminders';
import { reportSubmissionRoutes } from './routes-submissions';
import { REMIND_JOB, remindJob } from './reminders';

export default defineModule({
  name: 'report-forms',
  routes: (deps) => {
    const app = reportFileRoutes(deps);
    app.route('/', reportFormRoutes(deps));
    app.route('/', reportSubmissionRoutes(deps));
    app.route('/', reportReminderRoutes(deps));
    return app;
  },
  agenda: reportFormsAgenda,
  jobs: { [REMIND_JOB]: remindJob },
  loadDemo: loadDemoReportForms,
});
