import type { TFunction } from 'i18next';
import type { ObligationDto } from '../../../../contracts/cbm';
import { formatPartialDate } from '../../../ui/dates';

/** The server's explanation of an obligation, told in the reader's language from its key and parameters. */
export function explainObligation(o: ObligationDto, t: TFunction, language: string | undefined): string {
  const p = o.explanation.params;
  const day = (v: unknown) => formatPartialDate(String(v), language);
  const missing = () =>
    String(p.missing ?? '')
      .split(',')
      .filter(Boolean)
      .map((name) => t(`cbm:param.${name}`))
      .join(', ');
  switch (o.explanation.key) {
    case 'cbm.explain.undecidable':
      return t('cbm:explain.undecidable', { missing: missing() });
    case 'cbm.explain.outside_zone':
      return t('cbm:explain.outside_zone', { distance: p.distance, zone: p.zone });
    case 'cbm.explain.kind_not_listed':
      return t('cbm:explain.kind_not_listed', { kind: t(`cbm:kind.${String(p.kind)}`) });
    case 'cbm.explain.below_threshold':
      return t('cbm:explain.below_threshold', p);
    case 'cbm.explain.notify_no_notice':
      return t('cbm:explain.notify_no_notice', { zone: p.zone });
    case 'cbm.explain.notify':
      return t('cbm:explain.notify', { zone: p.zone, days: p.days, due: day(p.due), from: day(p.from) });
    case 'cbm.explain.notify_late':
      return t('cbm:explain.notify_late', { zone: p.zone, days: p.days, due: day(p.due), from: day(p.from) });
    case 'cbm.explain.invite_observers':
      return t('cbm:explain.invite_observers', { troops: p.troops, threshold: p.threshold });
    default:
      return o.explanation.text;
  }
}
