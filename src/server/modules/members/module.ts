import { loadDemoMembers } from '../../demo/load-demo-members';
import { defineModule } from '../manifest';
import { membersAgenda } from './agenda';
import { memberImportJob } from './import-job';
import { memberImportRoutes } from './import-routes';
import { membersRoutes } from './routes';
import { transferRoutes } from './transfer-routes';
import { registerMemberSources } from './source';

/** People, their memberships of the commune's organisations and branches, and dues (issue 14.4–14.5). */
export default defineModule({
  name: 'members',
  agenda: membersAgenda,
  routes: (deps) => membersRoutes(deps).route('/', memberImportRoutes(deps)).route('/', transferRoutes(deps)),
  registerSources: registerMemberSources,
  jobs: { 'members.import': memberImportJob },
  loadDemo: (d) => loadDemoMembers(d.db, d.commune, d.villages, d.orgs),
});
