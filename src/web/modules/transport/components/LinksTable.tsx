import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LinkDto, NodeDto } from '../../../../contracts/transport';
import { RegistryValue } from './FigureText';
import { MODE_LABEL } from './labels';
import { useRangeText } from './useRangeText';

type Range = { min: number; max: number; source: string } | null;

/** Links with their figures and sources; a figure no source gives reads "unknown", never zero. */
export function LinksTable({
  links,
  nodes,
  caption,
  testId,
}: {
  links: readonly LinkDto[];
  nodes: readonly NodeDto[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation('transport');
  const range = useRangeText();
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const sourced = (r: Range, key: string) =>
    r ? (
      <>
        {t(key, { value: range(r, 1) })}
        <span className="figure-note">{r.source}</span>
      </>
    ) : (
      <span className="figure--unknown">{t('transport:unknown')}</span>
    );
  const end = (id: string) => (
    <Link to="/transport/nodes/$id" params={{ id }}>
      {name.get(id) ?? id}
    </Link>
  );
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transport:link.ends')}</th>
            <th scope="col">{t('transport:link.mode')}</th>
            <th scope="col">{t('transport:link.status')}</th>
            <th scope="col">{t('transport:link.km')}</th>
            <th scope="col">{t('transport:link.hours')}</th>
            <th scope="col">{t('transport:link.frequency')}</th>
            <th scope="col">{t('transport:link.borderDwell')}</th>
            <th scope="col">{t('transport:link.cost')}</th>
            <th scope="col">{t('transport:link.source')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id} data-link-row={l.id}>
              <th scope="row" className="transport-row-name">
                {end(l.from)} – {end(l.to)}
              </th>
              <td>{t(MODE_LABEL[l.mode])}</td>
              <td>
                {l.status === 'operational'
                  ? t('transport:link.operational')
                  : l.plannedYear === null
                    ? t('transport:link.planned')
                    : t('transport:link.plannedFor', { year: l.plannedYear })}
              </td>
              <td>
                <RegistryValue value={l.km} unit={t('transport:unit.km')} />
              </td>
              <td>
                <RegistryValue value={l.hours} unit={t('transport:unit.h')} digits={1} />
              </td>
              <td>{sourced(l.frequencyPerWeek, 'transport:link.perWeek')}</td>
              <td>{sourced(l.borderDwellHours, 'transport:link.hoursValue')}</td>
              <td>{sourced(l.costUsdPerTeu, 'transport:link.usdPerTeu')}</td>
              <td className="figure-note transport-source">
                {l.source}
                {l.note && <> ({l.note})</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
