import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';

/** A partial date in a <time> element, so that machines read the value the source gave. */
export function PartialDate({ value }: { value: string }) {
  const { code } = useLanguage();
  return <time dateTime={value}>{formatPartialDate(value, code)}</time>;
}
