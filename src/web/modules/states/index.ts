/** The states module's public door for the rest of the web app. */
import { createRoute } from '@tanstack/react-router';
import type { StateStatus } from '../../../contracts/states';
import { rootRoute } from '../../app/rootRoute';
import { defineWebModule } from '../../app/webModule';
import { isStateStatus } from './components/statuses';
import { StatePage } from './pages/StatePage';
import { StatesPage } from './pages/StatesPage';

export { useStates } from './api/useStates';
export { useBodies } from './api/useBodies';
export { useChairmanships } from './api/useChairmanships';
export { useStateNames } from './api/useStateNames';
export { useStateParamNames } from './api/useStateParamNames';
export { useBodyNames } from './api/useBodyNames';
export { PartialDate } from './components/PartialDate';
export { ConfidenceMarker } from './components/ConfidenceMarker';
export { SourceLink } from './components/SourceLink';
export { StatusBadge } from './components/StatusBadge';
export { LazyStateMap } from './components/LazyStateMap';
export type { StateMapProps } from './components/StateMap';
export { loadWorldCountries } from './components/loadWorldCountries';
export type { WorldCountry } from './components/worldCountries';
export { periodText } from './components/periodText';
export { isStateStatus, STATE_STATUSES } from './components/statuses';

interface StatesSearch {
  status?: StateStatus;
}

/** The status filter lives in the URL so that a filtered list can be shared and survives reloads. */
const statesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/states',
  validateSearch: (search: Record<string, unknown>): StatesSearch =>
    isStateStatus(search.status) ? { status: search.status } : {},
  component: StatesPage,
});

const stateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/states/$code',
  component: StatePage,
});

export const statesModule = defineWebModule({
  name: 'states',
  routes: [statesRoute, stateRoute],
  nav: [{ to: '/states', label: 'states:nav' }],
  namespaces: ['states'],
  recordPages: { state: (id) => `/states/${id}` },
});
