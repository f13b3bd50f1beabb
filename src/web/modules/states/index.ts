/** The states module's public door for the rest of the web app. */
export { StatesPage } from './pages/StatesPage';
export { StatePage } from './pages/StatePage';
export { useStates } from './api/useStates';
export { useBodies } from './api/useBodies';
export { useChairmanships } from './api/useChairmanships';
export { useStateNames } from './api/useStateNames';
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
