import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDto } from '../../contracts/common';

type Params = ProblemDto['params'];

/**
 * Turns the codes a problem's params carry (a state's ISO code) into what a reader calls them. The
 * server names a state by its code; only the web knows the reader's language. A hook, so that the
 * module that knows the names (states) can supply it without the kit importing that module.
 */
export type UseParamNames = () => (params: Params) => Params;

const identity = (params: Params) => params;
const ParamNamesContext = createContext<UseParamNames>(() => identity);

export const ParamNamesProvider = ParamNamesContext.Provider;

/** The message of a problem in the UI language, with the codes in its params named. */
export function useProblemText(): (problem: Pick<ProblemDto, 'code' | 'params'>) => string {
  const { t } = useTranslation(['errors', 'common']);
  const useParamNames = useContext(ParamNamesContext);
  const name = useParamNames();
  return useCallback(
    ({ code, params }) =>
      t(`errors:${code}`, { ...name(params ?? {}), defaultValue: t('common:problem.unknown') }),
    [t, name],
  );
}
