import { useCallback } from 'react';
import type { ProblemDto } from '../../../../contracts/common';
import { useStateNames } from './useStateNames';

type Params = ProblemDto['params'];

/**
 * Names the states a problem's params carry by their names in the UI language ("Kazakhstan has
 * neither signed nor acceded"), for the form kit's ParamNamesProvider. Every module's problems carry
 * a state's code in the param `state`.
 */
export function useStateParamNames(): (params: Params) => Params {
  const stateName = useStateNames();
  return useCallback(
    (params: Params) =>
      typeof params.state === 'string' ? { ...params, state: stateName(params.state) } : params,
    [stateName],
  );
}
