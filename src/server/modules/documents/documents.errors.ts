import { defineError } from '../../core/errors';

export const DocumentErrors = {
  notFound: defineError<{ id: string }>('documents.not_found', 404, 'No such document'),
  unknownBody: defineError<{ body: string }>('documents.unknown_body', 400, 'No such body'),
  unknownState: defineError<{ state: string }>('documents.unknown_state', 400, 'No such state'),
  unknownRelated: defineError<{ ids: string[] }>(
    'documents.unknown_related',
    400,
    'A related or required instrument does not exist',
  ),
  notParty: defineError<{ state: string; kind: string }>(
    'documents.not_party',
    409,
    'The state has neither signed nor acceded: sign or accede first',
  ),
  alreadyRecorded: defineError<{ state: string; kind: string }>(
    'documents.already_recorded',
    409,
    'This action of the state is already recorded; correct it instead',
  ),
  alreadySignatory: defineError<{ state: string }>(
    'documents.already_signatory',
    409,
    'A signatory does not accede',
  ),
  notBound: defineError<{ state: string }>(
    'documents.not_bound',
    409,
    'The state is not bound, so it cannot withdraw',
  ),
  signatureBeforeSigning: defineError<{ field: string; date: string; signedAt: string }>(
    'documents.signature_before_signing',
    400,
    'A state cannot sign before the instrument was signed',
  ),
  actionNotFound: defineError('documents.action_not_found', 404, 'No such action'),
};
