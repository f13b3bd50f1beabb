import { useTranslation } from 'react-i18next';
import type { StateStatus, StateSummaryDto } from '../../../../contracts/states';
import { useLocalized } from '../../../ui/useLocalized';
import { MapLegend } from './MapLegend';
import { StateMap } from './StateMap';

interface StatesMapProps {
  states: StateSummaryDto[];
  /** Statuses outside the filter fade out but stay on the map, so the region keeps its shape. */
  highlight?: StateStatus;
}

/** The states coloured by their status in the SCO. */
export function StatesMap({ states, highlight }: StatesMapProps) {
  const { t } = useTranslation('states');
  const name = useLocalized();
  return (
    <StateMap
      testId="states-map"
      states={states}
      label={t('states:map.label')}
      classOf={(state) =>
        `status--${state.status}${highlight && state.status !== highlight ? ' map-state--faded' : ''}`
      }
      labelOf={(state) =>
        t('states:map.stateLabel', { name: name(state.name), status: t(`states:status.${state.status}`) })
      }
      legend={<MapLegend states={states} />}
    />
  );
}
