/** The states module's public door for the rest of the web app. */
export { StatesPage } from './pages/StatesPage';
export { StatePage } from './pages/StatePage';
export { useStates } from './api/useStates';
export { useBodies } from './api/useBodies';
export { useChairmanships } from './api/useChairmanships';
export { PartialDate } from './components/PartialDate';
export { ConfidenceMarker } from './components/ConfidenceMarker';
export { SourceLink } from './components/SourceLink';
export { periodText } from './components/periodText';
export { isStateStatus } from './components/statuses';
