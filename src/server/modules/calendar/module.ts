import { loadDemoCalendar } from '../../demo/load-demo-calendar';
import { defineModule } from '../manifest';
import { calendarAgenda } from './agenda';
import { calendarRoutes } from './routes';

export default defineModule({
  name: 'calendar',
  routes: calendarRoutes,
  agenda: calendarAgenda,
  loadDemo: (d) => loadDemoCalendar(d),
});
