import { useMemo, useState, type ReactNode } from 'react';
import type { StateSummaryDto } from '../../../../contracts/states';
import { buildMapGeometry } from './mapGeometry';
import { MapStateLink } from './MapStateLink';

export interface StateMapProps {
  /** The states drawn and fitted; every other country is background. */
  states: StateSummaryDto[];
  /** The accessible name of the map as a whole. */
  label: string;
  /** Classes of one state's shape; a class that sets `--status` gives it its colour. */
  classOf: (state: StateSummaryDto) => string;
  /** The name of one state's link, e.g. 'Kazakhstan: Support'. */
  labelOf: (state: StateSummaryDto) => string;
  /** The key to the colours, shown under the map. */
  legend: ReactNode;
  testId?: string;
}

const MARKER_RADIUS = 6;

/**
 * The SCO region with each state a link to its page, coloured by whatever the caller maps states to:
 * their status on the states page, their position on a decision. Colour is never the only carrier: each
 * state's link is named, and callers show the same facts in a table.
 */
export function StateMap({ states, label, classOf, labelOf, legend, testId }: StateMapProps) {
  const geometry = useMemo(() => buildMapGeometry(states), [states]);
  const [active, setActive] = useState<string | null>(null);

  const activeShape = geometry.shapes.find((s) => s.state.code === active);
  const activeMarker = geometry.markers.find((m) => m.state.code === active);

  return (
    <figure className="states-map">
      <svg
        data-testid={testId}
        role="img"
        aria-label={label}
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
              label={labelOf(state)}
              className={`map-state ${classOf(state)}`}
              onActive={setActive}
            >
              <path d={d} data-state={state.code} />
            </MapStateLink>
          ))}
          {geometry.markers.map(({ state, x, y }) => (
            <MapStateLink
              key={state.code}
              code={state.code}
              label={labelOf(state)}
              className={`map-state ${classOf(state)}`}
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
      <figcaption>{legend}</figcaption>
    </figure>
  );
}
