import { loadDemoConferenceNews } from '../../demo/load-demo-news';
import { defineModule } from '../manifest';
import { conferenceNewsRoutes } from './routes';

export default defineModule({
  name: 'conference-news',
  routes: conferenceNewsRoutes,
  loadDemo: async (d) => {
    if (d.reportId) await loadDemoConferenceNews(d.db, d.meetings.review, d.reportId, d.commune);
  },
  // The drafted news post is the newest post of the demo, after the seed's published posts.
  demoAfter: ['posts'],
});
