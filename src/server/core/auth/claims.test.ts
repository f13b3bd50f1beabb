import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { namesStates, onBehalfOf, StateCode } from '../../../contracts/common';
import { FunderRef } from '../../../contracts/finance';
import { routeStateClaims, stateClaimsOf } from './claims';

describe('the state claims of a schema', () => {
  it('finds a state behind wrappers, in arrays, records, unions and pipes', () => {
    const Upper = z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(StateCode);
    const schema = z.strictObject({
      a: StateCode.optional().describe('x'),
      b: z.array(StateCode).max(3).default([]),
      c: z.object({ d: z.record(z.string(), Upper.nullable()) }),
      e: z.union([z.literal('secretariat'), StateCode]),
      f: z.string(),
    });
    expect(stateClaimsOf(schema).map((c) => c.path.join('.'))).toEqual(['a', 'b.*', 'c.d.*', 'e']);
  });

  it('leaves out what only names states and lets the Secretariat name states on their behalf', () => {
    const schema = z.strictObject({
      participants: namesStates(z.array(StateCode), 'the states called'),
      sponsors: onBehalfOf(z.array(FunderRef).optional()),
      state: StateCode,
    });
    expect(stateClaimsOf(schema)).toEqual([
      { path: ['sponsors', '*'], secretariat: true, party: true },
      { path: ['state'], secretariat: false, party: false },
    ]);
    // The markers copy: the shared StateCode stays a claim everywhere else.
    expect(stateClaimsOf(z.object({ s: StateCode }))).toEqual([
      { path: ['s'], secretariat: false, party: false },
    ]);
  });

  it('reads the path of a write but never a read', () => {
    const params = z.strictObject({ code: StateCode });
    expect(routeStateClaims({ method: 'PUT', schema: { params } })).toEqual([
      { path: ['params', 'code'], secretariat: false, party: false },
    ]);
    expect(routeStateClaims({ method: ['GET', 'HEAD'], schema: { params } })).toEqual([]);
  });
});
