import { useTranslation } from 'react-i18next';
import type { TechnologyDto } from '../../../../contracts/environment';

// The frame of the member states' region (longitude 20°–150° E, latitude 0°–60° N), equirectangular.
const W = 520;
const H = 240;
const x = (lon: number) => ((lon - 20) / 130) * W;
const y = (lat: number) => ((60 - lat) / 60) * H;

/** The places where a technology works, as points on a plain graticule: no tiles, no map library. */
export function PlacesMap({ places }: { places: TechnologyDto['fields']['places'] }) {
  const { t } = useTranslation('environment');
  const points = places.features.flatMap((f) =>
    f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  if (!points.length) return <p className="muted">{t('environment:entry.noPlaces')}</p>;
  return (
    <svg className="env-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('environment:entry.map')}>
      <rect width={W} height={H} className="env-map__sea" />
      {[40, 60, 80, 100, 120, 140].map((lon) => (
        <line key={lon} x1={x(lon)} x2={x(lon)} y1={0} y2={H} className="env-map__grid" />
      ))}
      {[10, 20, 30, 40, 50].map((lat) => (
        <line key={lat} x1={0} x2={W} y1={y(lat)} y2={y(lat)} className="env-map__grid" />
      ))}
      {points.map(([lon, lat], i) => (
        <circle key={i} cx={x(lon!)} cy={y(lat!)} r={5} className="env-map__point">
          <title>{`${lat!.toFixed(2)}°, ${lon!.toFixed(2)}°`}</title>
        </circle>
      ))}
    </svg>
  );
}
