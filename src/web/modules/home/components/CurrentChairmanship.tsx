import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { ConfidenceMarker, periodText, SourceLink, useChairmanships, useStates } from '../../states';
import { currentChairmanship } from './currentChairmanship';
import { Translated } from '../../../ui/Translated';

export function CurrentChairmanship() {
  const { t } = useTranslation('home');
  const { code } = useLanguage();
  const name = useLocalized();
  const chairmanships = useChairmanships();
  const states = useStates();

  let body;
  if (chairmanships.isPending) body = <Loading />;
  else if (chairmanships.isError) body = <ProblemAlert error={chairmanships.error} />;
  else {
    const current = currentChairmanship(chairmanships.data, new Date().toISOString().slice(0, 10));
    const state = current && states.data?.find((s) => s.code === current.state);
    body = current ? (
      <>
        <p className="chair__state" data-testid="current-chair">
          {state ? name(state.name) : current.state}
        </p>
        <p>{periodText(t, current.from, current.to, code)}</p>
        {current.summitLocalized && (
          <p>
            {t('home:chair.summit')} <Translated value={current.summitLocalized} />
          </p>
        )}
        <p className="chair__source">
          <ConfidenceMarker confidence={current.source.confidence} /> <SourceLink source={current.source} />
        </p>
      </>
    ) : (
      <p>{t('home:chair.none')}</p>
    );
  }

  return (
    <section aria-labelledby="chair-heading" className="card">
      <h2 id="chair-heading">{t('home:chair.title')}</h2>
      {body}
    </section>
  );
}
