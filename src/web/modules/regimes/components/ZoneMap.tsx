import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/regimes';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { loadWorldCountries } from '../../states';
import { regimesKeys } from '../api/regimesApi';
import { buildZoneMap, ZONE_MAP_HEIGHT, ZONE_MAP_WIDTH } from './zoneMapGeometry';

/** A zone's outline over the countries around it (d3-geo, as the other maps). */
export function ZoneMap({ area }: { area: Area }) {
  const { t } = useTranslation('regimes');
  const world = useQuery({
    queryKey: regimesKeys.worldAtlas(),
    queryFn: loadWorldCountries,
    staleTime: Infinity,
  });
  const geometry = useMemo(() => (world.data ? buildZoneMap(area, world.data) : null), [world.data, area]);
  if (world.isError) return <ProblemAlert error={world.error} />;
  if (!geometry) return <Loading />;
  return (
    <figure className="zone-map">
      <svg
        data-testid="zone-map"
        role="img"
        aria-label={t('regimes:map.label')}
        viewBox={`0 0 ${ZONE_MAP_WIDTH} ${ZONE_MAP_HEIGHT}`}
      >
        <rect className="map-sea" width={ZONE_MAP_WIDTH} height={ZONE_MAP_HEIGHT} />
        <g className="zone-map__countries" aria-hidden="true">
          {geometry.countries.map((c) => (
            <path key={c.id} d={c.d} />
          ))}
        </g>
        <path className="zone-map__zone" d={geometry.zone} />
      </svg>
      <figcaption>{t('regimes:map.caption')}</figcaption>
    </figure>
  );
}
