import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CorridorDto, NodeDto } from '../../../../contracts/transport';
import { useLocalized } from '../../../ui/useLocalized';
import { useSynergy } from '../api/transportApi';
import { useRangeText } from './useRangeText';

/** Where this corridor meets the others, and which planned links would change journeys on it. */
export function SynergySection({
  corridor,
  corridors,
  nodes,
}: {
  corridor: CorridorDto;
  corridors: readonly CorridorDto[];
  nodes: readonly NodeDto[];
}) {
  const { t } = useTranslation('transport');
  const localized = useLocalized();
  const range = useRangeText();
  const synergy = useSynergy();
  if (!synergy.data) return null;
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const corridorName = (id: string) => {
    const c = corridors.find((x) => x.id === id);
    return c ? localized(c.name) : id;
  };
  const pairs = synergy.data.pairs.filter(
    (p) => p.corridors.includes(corridor.id) && (p.sharedNodes.length > 0 || p.sharedLinks.length > 0),
  );
  const planned = synergy.data.plannedLinks.filter((p) => p.corridors.includes(corridor.id));

  return (
    <section data-testid="corridor-synergy">
      <h2>{t('transport:synergy.title')}</h2>
      {pairs.length === 0 ? (
        <p>{t('transport:synergy.noShared')}</p>
      ) : (
        <ul>
          {pairs.map((p) => {
            const other = p.corridors[0] === corridor.id ? p.corridors[1] : p.corridors[0];
            return (
              <li key={other}>
                <Link to="/transport/corridors/$id" params={{ id: other }}>
                  {corridorName(other)}
                </Link>
                {': '}
                {t('transport:synergy.shared', { nodes: p.sharedNodes.length, links: p.sharedLinks.length })}
                <span className="figure-note">{p.sharedNodes.map((n) => name.get(n) ?? n).join(', ')}</span>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('transport:synergy.planned')}</h3>
      {planned.length === 0 ? (
        <p>{t('transport:synergy.noPlanned')}</p>
      ) : (
        <ul>
          {planned.map((p) => (
            <li key={p.link}>
              <strong>
                {name.get(p.from) ?? p.from} – {name.get(p.to) ?? p.to}
              </strong>{' '}
              {p.plannedYear === null
                ? t('transport:link.planned')
                : t('transport:link.plannedFor', { year: p.plannedYear })}
              {p.effects.length === 0 ? (
                <span className="figure-note">{t('transport:synergy.noEffect')}</span>
              ) : (
                <ul>
                  {p.effects.map((e) => (
                    <li key={`${e.from}-${e.to}`}>
                      {t('transport:synergy.effect', {
                        from: name.get(e.from) ?? e.from,
                        to: name.get(e.to) ?? e.to,
                        without: e.hoursWithout ? range(e.hoursWithout) : t('transport:synergy.noRoute'),
                        with: range(e.hoursWith),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
