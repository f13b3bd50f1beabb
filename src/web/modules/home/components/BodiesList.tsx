import { useTranslation } from 'react-i18next';
import type { TranslatedText } from '../../../../contracts/common';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { pickTranslated, WorkingTranslationMark } from '../../../ui/Translated';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useBodies } from '../../states';

/** A body's seat inside the line, in the reader's language, marked when it is a working translation. */
function Seat({ seat }: { seat: TranslatedText }) {
  const { t } = useTranslation('home');
  const { code } = useLanguage();
  const { text, lang, working } = pickTranslated(seat, code);
  return (
    <>
      {' · '}
      <span lang={lang}>{t('home:bodies.seat', { seat: text })}</span>
      {working && <WorkingTranslationMark />}
    </>
  );
}

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
                {b.seatLocalized && <Seat seat={b.seatLocalized} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
