import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies } from '../../states';

export function BodiesList() {
  const { t } = useTranslation('home');
  const name = useLocalized();
  const bodies = useBodies();

  return (
    <section aria-labelledby="bodies-heading" className="card card--wide">
      <h2 id="bodies-heading">{t('home:bodies.title')}</h2>
      {bodies.isPending ? (
        <Loading />
      ) : bodies.isError ? (
        <ProblemAlert error={bodies.error} />
      ) : (
        <ul className="bodies" data-testid="bodies">
          {bodies.data.map((b) => (
            <li key={b.code}>
              <span className="bodies__name">{name(b.name)}</span>
              <span className="bodies__meta">
                {t(`home:kind.${b.kind}`)}
                {/* Seats are stored as English place names; known ones are translated, others shown as stored. */}
                {b.seat &&
                  ` · ${t('home:bodies.seat', { seat: t(`home:seat.${b.seat}`, { defaultValue: b.seat }) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
