import { defineModule } from '../manifest';

/** Document models and their renderers (HTML, DOCX, PDF), used by the modules that issue documents. */
export default defineModule({ name: 'documents' });
