import { useTranslation } from 'react-i18next';
import type { StateDto } from '../../../../contracts/states';
import { useLanguage } from '../../../ui/useLanguage';
import { periodText } from './periodText';
import { StatusBadge } from './StatusBadge';

export function StateFacts({ state }: { state: StateDto }) {
  const { t } = useTranslation('states');
  const { code } = useLanguage();
  return (
    <dl className="facts">
      <div>
        <dt>{t('states:facts.status')}</dt>
        <dd>
          <StatusBadge status={state.status} /> {periodText(t, state.since, null, code)}
        </dd>
      </div>
      <div>
        <dt>{t('states:facts.names')}</dt>
        <dd>
          <ul className="names">
            <li lang="en">{state.name.en}</li>
            <li lang="ru">{state.name.ru}</li>
            <li lang="zh-CN">{state.name.zh}</li>
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('states:facts.codes')}</dt>
        <dd>
          <code>{state.code}</code> · <code>{state.iso3}</code> · <code>{state.isoNumeric}</code>
        </dd>
      </div>
    </dl>
  );
}
