import { loadDemoGoods } from '../../demo/load-demo-goods';
import { defineModule } from '../manifest';
import { goodsRoutes } from './routes';

export default defineModule({
  name: 'goods',
  routes: goodsRoutes,
  loadDemo: async (d) => loadDemoGoods(d.db, d.commune, d.villages),
  demoAfter: ['funds'],
});
