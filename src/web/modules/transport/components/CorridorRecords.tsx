import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { z } from 'zod';
import type { CorridorItemsDto, ProjectLinkDto } from '../../../../contracts/transport-links';
import { apiFetch } from '../../../app/apiFetch';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../ui/useLocalized';

/**
 * A corridor's meetings, agreements and investment projects. The server lists only what the reader may
 * see (the meetings, documents and projects modules decide), so nothing here filters.
 */
export function CorridorRecords({ corridor }: { corridor: string }) {
  const { t } = useTranslation('transport');
  const localized = useLocalized();
  const items = useQuery({
    queryKey: ['transport', 'corridors', corridor, 'items'],
    queryFn: () =>
      apiFetch<z.infer<typeof CorridorItemsDto>>(
        `/api/v1/transport/corridors/${encodeURIComponent(corridor)}/items`,
      ),
  });
  const projects = useQuery({
    queryKey: ['transport', 'project-links', { corridor }],
    queryFn: async () =>
      (
        await apiFetch<{ items: ProjectLinkDto[] }>(
          `/api/v1/transport/project-links?corridor=${encodeURIComponent(corridor)}`,
        )
      ).items,
  });
  if (!items.data || !projects.data) return null;
  const byProject = new Map(projects.data.map((l) => [l.project.id, l.project]));
  return (
    <section data-testid="corridor-records">
      <h2>{t('transport:corridor.meetings')}</h2>
      {items.data.meetings.length ? (
        <ul>
          {items.data.meetings.map((m) => (
            <li key={m.id}>
              <Link to="/meetings/$id" params={{ id: m.itemId }}>
                {localized(m.title)}
              </Link>{' '}
              {m.date} {m.demo && <DemoBadge />}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('transport:corridor.noMeetings')}</p>
      )}
      <h2>{t('transport:corridor.agreements')}</h2>
      {items.data.documents.length ? (
        <ul>
          {items.data.documents.map((d) => (
            <li key={d.id}>
              <Link to="/documents/$id" params={{ id: d.itemId }}>
                {localized(d.title)}
              </Link>{' '}
              {d.date} {d.demo && <DemoBadge />}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('transport:corridor.noAgreements')}</p>
      )}
      <h2>{t('transport:corridor.projects')}</h2>
      {byProject.size ? (
        <ul>
          {[...byProject.values()].map((p) => (
            <li key={p.id}>
              <Link to="/projects/$id" params={{ id: p.id }}>
                {localized(p.title)}
              </Link>{' '}
              {p.demo && <DemoBadge />}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('transport:corridor.noProjects')}</p>
      )}
    </section>
  );
}
