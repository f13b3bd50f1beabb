/** A currency's name in the UI language ('US Dollar', 'доллар США', '美元'); the code when unknown. */
export function currencyName(code: string, intl: string): string {
  try {
    return new Intl.DisplayNames(intl, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
