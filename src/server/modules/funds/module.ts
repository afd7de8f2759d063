import { DEMO_STATEMENTS_JOB, demoStatementsJob } from '../../demo/demo-statements-job';
import { loadDemoFunds } from '../../demo/load-demo-funds';
import { loadDemoNationalFund } from '../../demo/load-demo-national-fund';
import { loadDemoProvinceFund } from '../../demo/load-demo-province-fund';
import { defineModule } from '../manifest';
import { fundsAgenda } from './agenda';
import { statementImportJob } from './bank-job';
import { PUBLIC_PDF_JOB, publicPdfJob } from './disclosure-pdf';
import { fundsRoutes } from './routes';
import { registerFundSources } from './source';

export default defineModule({
  name: 'funds',
  agenda: fundsAgenda,
  routes: fundsRoutes,
  registerSources: registerFundSources,
  jobs: {
    'funds.bank_statement': statementImportJob,
    [PUBLIC_PDF_JOB]: publicPdfJob,
    [DEMO_STATEMENTS_JOB]: demoStatementsJob,
  },
  loadDemo: async (d) => {
    const [women, farmers, veterans, youth] = d.orgs;
    await loadDemoFunds(d.db, d.commune, d.villages, { women, farmers, veterans, youth });
    const { fund, drive, relief } = await loadDemoProvinceFund(d.db, d.province, d.commune);
    await loadDemoNationalFund(
      d.db,
      d.national,
      { unit: d.province, fund, driveId: drive.id },
      { unit: d.commune, reliefFund: relief },
    );
  },
});
