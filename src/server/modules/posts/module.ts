import { loadDemoPosts } from '../../demo/load-demo-posts';
import { defineModule } from '../manifest';
import { postsAgenda } from './agenda';
import { postsRoutes } from './routes';

export default defineModule({
  name: 'posts',
  agenda: postsAgenda,
  routes: postsRoutes,
  loadDemo: (d) => loadDemoPosts(d.db, d.commune),
});
