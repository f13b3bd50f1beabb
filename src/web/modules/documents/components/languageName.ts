/** A language tag ('ru', 'zh', 'en') named in the UI language: 'Russian', 'русский', '俄语'. */
export function languageName(tag: string, intl: string): string {
  try {
    return new Intl.DisplayNames([intl], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
