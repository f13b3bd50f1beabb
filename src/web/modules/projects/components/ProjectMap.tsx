import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { loadWorldCountries, useStates } from '../../states';
import { projectsKeys } from '../api/projectsApi';
import { buildProjectMap } from './projectMapGeometry';

const POINT_RADIUS = 7;

/**
 * Where the project is: its points and lines over the world's countries, its own countries marked.
 * The same places are listed in words under the map, so that nothing is said by the drawing alone.
 */
export function ProjectMap({ project }: { project: ProjectDto }) {
  const { t } = useTranslation('projects');
  const { intl } = useLanguage();
  const world = useQuery({
    queryKey: projectsKeys.worldAtlas(),
    queryFn: loadWorldCountries,
    staleTime: Infinity,
  });
  const states = useStates();
  const involved = useMemo(
    () =>
      new Set((states.data ?? []).filter((s) => project.countries.includes(s.code)).map((s) => s.isoNumeric)),
    [states.data, project.countries],
  );
  const geometry = useMemo(
    () => (world.data ? buildProjectMap(project.locations, world.data, involved) : null),
    [world.data, project.locations, involved],
  );

  if (world.isError) return <ProblemAlert error={world.error} />;
  if (!world.data || !states.data) return <Loading />;
  if (!geometry) return <p className="muted">{t('projects:map.nothing')}</p>;

  const degrees = new Intl.NumberFormat(intl, { maximumFractionDigits: 4 });
  const where = ([lon, lat]: [number, number]) =>
    t('projects:map.at', { lon: degrees.format(lon), lat: degrees.format(lat) });
  const locations = [...geometry.lines, ...geometry.points];

  return (
    <figure className="project-map">
      <svg
        data-testid="project-map"
        role="img"
        aria-label={t('projects:map.label')}
        viewBox={geometry.viewBox}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect className="map-sea" x="-10000" y="-10000" width="20000" height="20000" />
        <g className="project-map__countries" aria-hidden="true">
          {geometry.countries.map((c) => (
            <path key={c.id} d={c.d} className={c.involved ? 'project-map__country--involved' : undefined} />
          ))}
        </g>
        <g className="project-map__lines">
          {geometry.lines.map((l) => (
            <path key={l.key} d={l.d} data-location={l.key}>
              <title>{l.name ?? t('projects:map.line')}</title>
            </path>
          ))}
        </g>
        <g className="project-map__points">
          {geometry.points.map((p) => (
            <circle key={p.key} cx={p.x} cy={p.y} r={POINT_RADIUS} data-location={p.key}>
              <title>{p.name ?? t('projects:map.point')}</title>
            </circle>
          ))}
        </g>
      </svg>
      <figcaption>
        <div className="map-legend">
          <ul>
            <li>
              <span className="swatch swatch--involved" aria-hidden="true" />
              {t('projects:map.involved')}
            </li>
            {geometry.lines.length > 0 && (
              <li>
                <span className="swatch swatch--line" aria-hidden="true" />
                {t('projects:map.line')}
              </li>
            )}
            {geometry.points.length > 0 && (
              <li>
                <span className="swatch swatch--point" aria-hidden="true" />
                {t('projects:map.point')}
              </li>
            )}
          </ul>
        </div>
        {locations.length > 0 ? (
          <ul className="project-map__list">
            {locations.map((l) => (
              <li key={l.key}>
                <strong>
                  {l.name ?? (l.kind === 'point' ? t('projects:map.point') : t('projects:map.line'))}
                </strong>{' '}
                <span className="muted">
                  {l.kind === 'point' ? where(l.at) : t('projects:map.from', { at: where(l.at) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('projects:map.noLocations')}</p>
        )}
      </figcaption>
    </figure>
  );
}
