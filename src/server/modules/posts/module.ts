import { loadDemoPosts } from '../../demo/load-demo-posts';
import { defineModule } from '../manifest';
import { postsRoutes } from './routes';

export default defineModule({
  name: 'posts',
  routes: postsRoutes,
  loadDemo: (d) => loadDemoPosts(d.db, d.commune),
});
