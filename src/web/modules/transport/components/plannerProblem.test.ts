import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../app/apiFetch';
import { plannerProblemFields } from './plannerProblem';

const problem = (code: string, params: Record<string, unknown>, pointers: string[] = []) =>
  new ProblemError({
    type: 'about:blank',
    title: code,
    status: 400,
    code,
    params,
    requestId: 'r',
    errors: pointers.map((pointer) => ({ pointer, message: 'x' })),
  } as ConstructorParameters<typeof ProblemError>[0]);

describe('the planner form places a problem at its field', () => {
  it('takes the parameter the planner names', () => {
    expect(plannerProblemFields(problem('transport.unknown_node', { parameter: 'to', node: 'x' }))).toEqual([
      '/to',
    ]);
  });

  it('takes the query-string pointers of a schema failure', () => {
    expect(plannerProblemFields(problem('http.validation_failed', {}, ['/querystring/cargo']))).toEqual([
      '/cargo',
    ]);
  });

  it('places nothing for a problem that is not the planner’s', () => {
    expect(plannerProblemFields(new Error('offline'))).toEqual([]);
  });
});
