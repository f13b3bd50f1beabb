import { defineError } from '../../core/errors';

export const EnvironmentErrors = {
  technologyNotFound: defineError<{ code: string }>(
    'environment.technology_not_found',
    404,
    'No such technology, or not one you may see',
  ),
  versionNotFound: defineError<{ code: string; version: number }>(
    'environment.version_not_found',
    404,
    'No such version of this technology',
  ),
  wrongStatus: defineError<{ code: string; status: string; expected: string }>(
    'environment.wrong_status',
    409,
    'The entry is not at the step this action needs',
  ),
  notReviewed: defineError<{ code: string }>(
    'environment.not_reviewed',
    409,
    'A submitted entry is published only after an expert review',
  ),
  editConflict: defineError<{ code: string }>(
    'environment.edit_conflict',
    409,
    'The entry was changed meanwhile; reload it and try again',
  ),
  projectNotFound: defineError<{ id: string }>(
    'environment.project_not_found',
    400,
    'No such project, or not one you may see',
  ),
  planItemNotFound: defineError<{ planId: string; itemId: string }>(
    'environment.plan_item_not_found',
    400,
    'No such plan item, or not one you may see',
  ),
  planNotFound: defineError<{ planId: string }>(
    'environment.plan_not_found',
    400,
    'No such plan, or not one you may see',
  ),
  waterBodyNotFound: defineError<{ id: string }>(
    'environment.water_body_not_found',
    404,
    'No such water body',
  ),
  unknownWaterBody: defineError<{ id: string }>(
    'environment.unknown_water_body',
    400,
    'The entry names a water body the registry does not hold',
  ),
  pointExists: defineError<{ indicator: string; date: string }>(
    'environment.point_exists',
    409,
    'The series already holds a value for this date',
  ),
  editionOutOfOrder: defineError<{ edition: number; current: number }>(
    'environment.edition_out_of_order',
    409,
    'A questionnaire edition must follow the current one',
  ),
};
