import { PartialDate } from '../../states';

/** A table cell with a date, or a dash that assistive technology skips. */
export function DateCell({ value }: { value: string | null }) {
  return <td>{value ? <PartialDate value={value} /> : <span aria-hidden="true">—</span>}</td>;
}
