import enAudit from './locales/en/audit.json';
import enAuth from './locales/en/auth.json';
import enCommon from './locales/en/common.json';
import enDecisions from './locales/en/decisions.json';
import enDocuments from './locales/en/documents.json';
import enErrors from './locales/en/errors.json';
import enHome from './locales/en/home.json';
import enMeetings from './locales/en/meetings.json';
import enNotifications from './locales/en/notifications.json';
import enPlans from './locales/en/plans.json';
import enProjects from './locales/en/projects.json';
import enStates from './locales/en/states.json';
import ruAudit from './locales/ru/audit.json';
import ruAuth from './locales/ru/auth.json';
import ruCommon from './locales/ru/common.json';
import ruDecisions from './locales/ru/decisions.json';
import ruDocuments from './locales/ru/documents.json';
import ruErrors from './locales/ru/errors.json';
import ruHome from './locales/ru/home.json';
import ruMeetings from './locales/ru/meetings.json';
import ruNotifications from './locales/ru/notifications.json';
import ruPlans from './locales/ru/plans.json';
import ruProjects from './locales/ru/projects.json';
import ruStates from './locales/ru/states.json';
import zhAudit from './locales/zh-CN/audit.json';
import zhAuth from './locales/zh-CN/auth.json';
import zhCommon from './locales/zh-CN/common.json';
import zhDecisions from './locales/zh-CN/decisions.json';
import zhDocuments from './locales/zh-CN/documents.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhHome from './locales/zh-CN/home.json';
import zhMeetings from './locales/zh-CN/meetings.json';
import zhNotifications from './locales/zh-CN/notifications.json';
import zhPlans from './locales/zh-CN/plans.json';
import zhProjects from './locales/zh-CN/projects.json';
import zhStates from './locales/zh-CN/states.json';
import type { Language } from './languages';

export const NAMESPACES = [
  'common',
  'home',
  'states',
  'decisions',
  'meetings',
  'documents',
  'plans',
  'projects',
  'notifications',
  'auth',
  'audit',
  'errors',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Bundled rather than fetched: all three languages together weigh less than one round trip. */
export const resources: Record<Language, Record<Namespace, Record<string, string>>> = {
  en: {
    common: enCommon,
    home: enHome,
    states: enStates,
    decisions: enDecisions,
    meetings: enMeetings,
    documents: enDocuments,
    plans: enPlans,
    projects: enProjects,
    notifications: enNotifications,
    auth: enAuth,
    audit: enAudit,
    errors: enErrors,
  },
  ru: {
    common: ruCommon,
    home: ruHome,
    states: ruStates,
    decisions: ruDecisions,
    meetings: ruMeetings,
    documents: ruDocuments,
    plans: ruPlans,
    projects: ruProjects,
    notifications: ruNotifications,
    auth: ruAuth,
    audit: ruAudit,
    errors: ruErrors,
  },
  'zh-CN': {
    common: zhCommon,
    home: zhHome,
    states: zhStates,
    decisions: zhDecisions,
    meetings: zhMeetings,
    documents: zhDocuments,
    plans: zhPlans,
    projects: zhProjects,
    notifications: zhNotifications,
    auth: zhAuth,
    audit: zhAudit,
    errors: zhErrors,
  },
};
