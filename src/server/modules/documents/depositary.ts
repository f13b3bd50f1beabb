import type { Localized } from '../../../contracts/common';
import type { ActionKind } from '../../../contracts/documents';

/**
 * The text of depositary notifications in the three languages. The depositary informs the parties of
 * every action it receives and of the entry into force; the platform writes and numbers these itself.
 */
export type NoticeKind = ActionKind | 'entry_into_force' | 'correction';

export interface NoticeInput {
  kind: NoticeKind;
  title: Localized;
  stateName: Localized | null;
  date: string;
  effective?: string | null;
  reason?: string;
}

const LOCALES = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' } as const;

export function formatDate(date: string, lang: keyof typeof LOCALES): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Ends a sentence with one full stop: a Russian date already ends in "г." ("2026 г.", not "2026 г.."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export function noticeText(n: NoticeInput): Localized {
  const d = (l: keyof typeof LOCALES) => formatDate(n.date, l);
  const e = (l: keyof typeof LOCALES) => (n.effective ? formatDate(n.effective, l) : '');
  const s = n.stateName ?? { en: '', ru: '', zh: '' };
  const t = n.title;
  switch (n.kind) {
    case 'signature':
      return {
        en: `${s.en} signed the ${t.en} on ${d('en')}.`,
        ru: sentence(`${s.ru}: подписание документа «${t.ru}», ${d('ru')}`),
        zh: `${s.zh}于${d('zh')}签署《${t.zh}》。`,
      };
    case 'notification':
      return {
        en: `On ${d('en')} the depositary received from ${s.en} notification that the internal procedures required for the entry into force of the ${t.en} have been completed.`,
        ru: `${d('ru')} депозитарий получил от государства ${s.ru} уведомление о выполнении внутригосударственных процедур, необходимых для вступления в силу документа «${t.ru}».`,
        zh: `保存机构于${d('zh')}收到${s.zh}关于已完成《${t.zh}》生效所需国内程序的通知。`,
      };
    case 'accession':
      return {
        en: `On ${d('en')} the depositary received from ${s.en} its instrument of accession to the ${t.en}.`,
        ru: `${d('ru')} депозитарий получил от государства ${s.ru} документ о присоединении к документу «${t.ru}».`,
        zh: `保存机构于${d('zh')}收到${s.zh}加入《${t.zh}》的文书。`,
      };
    case 'reservation':
      return {
        en: `On ${d('en')} ${s.en} made a reservation or statement concerning the ${t.en}.`,
        ru: `${d('ru')} государство ${s.ru} сделало оговорку или заявление в отношении документа «${t.ru}».`,
        zh: `${s.zh}于${d('zh')}就《${t.zh}》提出保留或声明。`,
      };
    case 'withdrawal':
      return {
        en: `On ${d('en')} the depositary received from ${s.en} notice of withdrawal from the ${t.en}, effective ${e('en')}.`,
        ru: sentence(
          `${d('ru')} депозитарий получил от государства ${s.ru} уведомление о выходе из документа «${t.ru}»; выход вступает в силу ${e('ru')}`,
        ),
        zh: `保存机构于${d('zh')}收到${s.zh}退出《${t.zh}》的通知，退出自${e('zh')}起生效。`,
      };
    case 'entry_into_force':
      return {
        en: `The ${t.en} enters into force on ${d('en')}.`,
        ru: sentence(`Документ «${t.ru}» вступает в силу ${d('ru')}`),
        zh: `《${t.zh}》自${d('zh')}起生效。`,
      };
    case 'correction':
      return {
        en: `The record of an action of ${s.en} concerning the ${t.en} has been corrected: ${n.reason ?? ''}`,
        ru: `Запись о действии государства ${s.ru} в отношении документа «${t.ru}» исправлена: ${n.reason ?? ''}`,
        zh: `关于${s.zh}就《${t.zh}》所作行为的记录已更正：${n.reason ?? ''}`,
      };
  }
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A printable page: the three language versions one under the other, with the number and date. */
export function printablePage(n: {
  number: string;
  date: string;
  depositary: string;
  text: Localized;
  title: Localized;
}): string {
  const section = (lang: 'en' | 'ru' | 'zh', heading: string) =>
    `<section lang="${lang === 'zh' ? 'zh-CN' : lang}"><h2>${heading}</h2><p>${escapeHtml(n.text[lang])}</p></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(n.number)}</title>
<style>body{font-family:"Noto Sans","Noto Sans CJK SC",sans-serif;max-width:42rem;margin:2rem auto;line-height:1.5}
header{border-bottom:1px solid #000;margin-bottom:1rem}@media print{a{display:none}}</style></head>
<body><header><h1>Depositary notification ${escapeHtml(n.number)}</h1>
<p>${escapeHtml(n.title.en)}<br>Depositary: ${escapeHtml(n.depositary === 'secretariat' ? 'SCO Secretariat' : n.depositary)} · ${escapeHtml(formatDate(n.date, 'en'))}</p></header>
${section('en', 'English')}${section('ru', 'Русский')}${section('zh', '中文')}
</body></html>`;
}
