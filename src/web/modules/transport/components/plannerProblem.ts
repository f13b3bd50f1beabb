import { isProblemError } from '../../../app/apiFetch';

/**
 * The planner's fields a problem concerns, as '/from', '/cargo': a schema failure points into the
 * query string ('/querystring/cargo'); the planner's own 400s name their parameter in `params`.
 */
export function plannerProblemFields(error: unknown): string[] {
  if (!isProblemError(error)) return [];
  const { params, errors = [] } = error.problem;
  const named = typeof params?.parameter === 'string' ? [`/${params.parameter}`] : [];
  const pointed = errors
    .filter((e) => e.pointer.startsWith('/querystring/'))
    .map((e) => `/${e.pointer.slice('/querystring/'.length).split('/')[0]}`);
  return [...new Set([...named, ...pointed])];
}
