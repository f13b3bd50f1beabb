import { SECRETARIAT_ROLES } from '../../core/auth/actor';
import { defineModule } from '../../core/module';
import { documentsRoutes } from './documents.routes';
import { seedDocuments } from './documents.service';
import { documentsMigrations } from './migrations';

export const documentsModule = defineModule({
  name: 'documents',
  dependsOn: ['states'],
  permissions: {
    'documents.instrument.create': SECRETARIAT_ROLES,
    'documents.action.record': ['national_coordinator', ...SECRETARIAT_ROLES],
    'documents.action.correct': SECRETARIAT_ROLES,
    'documents.text.upload': SECRETARIAT_ROLES,
  },
  migrations: documentsMigrations,
  routes: documentsRoutes,
  seed: seedDocuments,
});

export { createInstrument, findInstrumentByTitle, getInstrument } from './documents.service';
export { DocumentErrors } from './documents.errors';
/** The day arithmetic and wording of the entry-into-force rules, shared by rule engines of other modules. */
export { addDays, human as humanDate } from './entry-into-force.rules';
