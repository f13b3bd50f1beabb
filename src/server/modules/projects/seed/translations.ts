import type { WorkingTranslations } from '../../../core/db/translated';

/**
 * Russian and Chinese names of the demo organisations. The demo names are written in English; both other
 * versions are the platform's working translation, shown marked (ADR 0079).
 */
export const PROJECTS_TRANSLATIONS: WorkingTranslations = {
  'Demo Development Bank (fictional)': [
    'Демонстрационный банк развития (вымышленный)',
    '演示开发银行（虚构）',
  ],
  'Demo Logistics Company (fictional)': [
    'Демонстрационная логистическая компания (вымышленная)',
    '演示物流公司（虚构）',
  ],
};
