import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneName } from '../../../ui/dates';
import { SelectField } from '../../../ui/SelectField';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { CAPITAL_ZONES } from '../../../../contracts/zones';

interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
}

/**
 * The host's time zone, named in the reader's language and by the state whose capital keeps it: two
 * capitals may share a zone's name (Minsk and Moscow), never an IANA id shown to the reader.
 */
export function TimeZoneField({ value, onChange }: TimeZoneFieldProps) {
  const { t } = useTranslation('meetings');
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const [at] = useState(() => new Date());
  const options = Object.entries(CAPITAL_ZONES).map(([state, zone]) => ({
    zone,
    label: t('meetings:form.zoneOption', { state: stateName(state), zone: timeZoneName(zone, code, at) }),
  }));
  if (value && !options.some((o) => o.zone === value)) {
    options.push({ zone: value, label: timeZoneName(value, code, at) });
  }
  const collator = new Intl.Collator(intl);
  options.sort((a, b) => collator.compare(a.label, b.label));
  return (
    <SelectField
      label={t('meetings:form.timeZone')}
      hint={t('meetings:form.timeZoneHint')}
      name="/timeZone"
      value={value}
      onChange={onChange}
    >
      <option value="">{t('meetings:form.choose')}</option>
      {options.map((o) => (
        <option key={o.zone} value={o.zone}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
