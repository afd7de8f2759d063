import { defineModule } from '../manifest';
import { loadDemoEvaluation } from './demo';
import { evaluationRoutes } from './routes';
import { registerEvaluationSources } from './source';

export default defineModule({
  name: 'evaluation',
  routes: evaluationRoutes,
  registerSources: registerEvaluationSources,
  loadDemo: async (d) => {
    await loadDemoEvaluation(d);
  },
});
