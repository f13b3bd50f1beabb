import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateStatus, StateSummaryDto } from '../../../../contracts/states';
import { useLocalized } from '../../../ui/useLocalized';
import { buildMapGeometry } from './mapGeometry';
import { MapLegend } from './MapLegend';
import { MapStateLink } from './MapStateLink';

interface StatesMapProps {
  states: StateSummaryDto[];
  /** Statuses outside the filter fade out but stay on the map, so the region keeps its shape. */
  highlight?: StateStatus;
}

const MARKER_RADIUS = 6;

export function StatesMap({ states, highlight }: StatesMapProps) {
  const { t } = useTranslation('states');
  const name = useLocalized();
  const geometry = useMemo(() => buildMapGeometry(states), [states]);
  const [active, setActive] = useState<string | null>(null);

  function stateClass(state: StateSummaryDto): string {
    const faded = highlight && state.status !== highlight ? ' map-state--faded' : '';
    return `map-state status--${state.status}${faded}`;
  }

  function label(state: StateSummaryDto): string {
    return t('states:map.stateLabel', { name: name(state.name), status: t(`states:status.${state.status}`) });
  }

  const activeShape = geometry.shapes.find((s) => s.state.code === active);
  const activeMarker = geometry.markers.find((m) => m.state.code === active);

  return (
    <figure className="states-map">
      <svg
        data-testid="states-map"
        role="img"
        aria-label={t('states:map.label')}
        viewBox={geometry.viewBox}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect className="map-sea" x="-10000" y="-10000" width="20000" height="20000" />
        <g className="map-others" aria-hidden="true">
          {geometry.others.map((o) => (
            <path key={o.id} d={o.d} />
          ))}
        </g>
        <g className="map-states">
          {geometry.shapes.map(({ state, d }) => (
            <MapStateLink
              key={state.code}
              code={state.code}
              label={label(state)}
              className={stateClass(state)}
              onActive={setActive}
            >
              <path d={d} data-state={state.code} />
            </MapStateLink>
          ))}
          {geometry.markers.map(({ state, x, y }) => (
            <MapStateLink
              key={state.code}
              code={state.code}
              label={label(state)}
              className={stateClass(state)}
              onActive={setActive}
            >
              <circle cx={x} cy={y} r={MARKER_RADIUS} data-state={state.code} />
            </MapStateLink>
          ))}
        </g>
        {/* SVG paints in document order: the outline of the state under focus or pointer is drawn
            again on top, or its neighbours would cover half of it. */}
        <g className="map-highlight" aria-hidden="true">
          {activeShape && <path d={activeShape.d} />}
          {activeMarker && <circle cx={activeMarker.x} cy={activeMarker.y} r={MARKER_RADIUS} />}
        </g>
      </svg>
      <figcaption>
        <MapLegend states={states} />
      </figcaption>
    </figure>
  );
}
