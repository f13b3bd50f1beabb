/**
 * Checks the web app's translations and exits non-zero with every problem found:
 *
 *  - every namespace file exists for en, ru and zh-CN, and holds the same keys in each;
 *  - values are non-empty strings (keys are flat: i18next runs with keySeparator false, so error codes
 *    such as `auth.invalid_credentials` are keys as they are);
 *  - plural keys (`key_one`, `key_few`, ...) carry exactly the plural categories of their language (a key
 *    is a plural form when it ends in `_other` or has a plural sibling, so that an enum value such as
 *    `procedure.consensus_minus_one` stays a plain key);
 *  - a key's {{placeholders}} are the same in every language;
 *  - every key is used somewhere in src/web, and every key used statically exists;
 *  - the `errors` namespace holds exactly the server's registered error codes;
 *  - the namespaces are the kernel's (common, errors) and those the web modules' manifests declare
 *    (src/web/app/modules.ts), each owned by one module, each with its files.
 *
 * Usage is found by reading the source: `t('ns:key')`, `t("ns:key")`, any 'ns:key' string literal,
 * and `t('key')` in a file whose `useTranslation('ns')` names a single namespace. Keys built at run
 * time (`t(`states:status.${status}`)`) are allowed only under the prefixes of DYNAMIC_FAMILIES below,
 * and where the family's keys mirror a closed set (a contract enum) the keys must equal that set.
 *
 * Run: npx tsx scripts/i18n-check.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AdmissionStep,
  DecisionStatus,
  DecisionSummaryDto,
  OutcomeDto,
  PositionKind,
  Procedure,
} from '../src/contracts/decisions';
import {
  ActionKind,
  Classification,
  CreateInstrumentBody,
  InstrumentKind,
  InstrumentSummaryDto,
  Topic,
} from '../src/contracts/documents';
import { ActivityKind, MessageKind, ObligationKind, RuleSetParams } from '../src/contracts/cbm';
import { CirculationPurpose } from '../src/contracts/circulation';
import { ContentLanguage } from '../src/contracts/common';
import {
  Climate,
  Indicator,
  LandUse,
  Maturity,
  Sector as TechSector,
  TechStatus,
  WaterSource,
} from '../src/contracts/environment';
import { AdoptionStatus, TranslationKind } from '../src/contracts/cyberPractices';
import { MeetingKind, MeetingLevel } from '../src/contracts/meetings';
import { NotificationKind } from '../src/contracts/notifications';
import { ReportStatus } from '../src/contracts/plans';
import { TaskKind } from '../src/contracts/tasks';
import { EntryKind } from '../src/contracts/finance';
import { ApplicationStatus, CallDto, OfferStatus } from '../src/contracts/education';
import {
  ApprovalDto,
  ChecklistItemKind,
  CommentKind,
  MilestoneStatus,
  OrganisationKind,
  Sector,
  Stage,
} from '../src/contracts/projects';
import { BodyKind, Source, StateStatus } from '../src/contracts/states';
import { webModules } from '../src/web/app/modules';
import { findAuditedActions } from './audited-actions';
import { KERNEL_NAMESPACES, namespacesOf } from '../src/web/i18n/namespaces';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(ROOT, 'src/web');
// Overridable so that a test can run the check against a broken copy of the catalogs.
const LOCALES_DIR = process.env.I18N_LOCALES_DIR ?? path.join(WEB, 'i18n/locales');
const LOCALES = ['en', 'ru', 'zh-CN'] as const;
const REFERENCE_LOCALE = 'en';

interface DynamicFamily {
  /** Keys under this prefix may be looked up with a computed suffix. */
  prefix: string;
  why: string;
  /** The closed set the suffixes come from, when there is one; the keys must match it exactly. */
  values?: readonly string[];
}

const audited = findAuditedActions(path.join(ROOT, 'src/server'));

const DYNAMIC_FAMILIES: DynamicFamily[] = [
  { prefix: 'cbm:kind.', why: 'a declared activity is said by its kind', values: ActivityKind.options },
  { prefix: 'cbm:messageKind.', why: 'a CBM message is said by its kind', values: MessageKind.options },
  {
    prefix: 'cbm:obligationKind.',
    why: 'an obligation is said by its kind',
    values: ObligationKind.options,
  },
  {
    prefix: 'cbm:param.',
    why: 'an explanation names the rule-set parameters still to be confirmed',
    values: Object.keys(RuleSetParams.shape),
  },
  {
    prefix: 'circulation:purpose.',
    why: 'a circulation is said by its purpose',
    values: CirculationPurpose.options,
  },
  {
    prefix: 'circulation:receipt.send.',
    why: 'the answer form names what the purpose asks (information asks none)',
    values: ['comments', 'reply'],
  },
  {
    prefix: 'circulation:receipt.label.',
    why: 'the answer form names what the purpose asks (information asks none)',
    values: ['comments', 'reply'],
  },
  {
    prefix: 'secretariat:section.',
    why: 'dashboard sections come from the contributing modules; a section without a key shows its name',
  },
  ...(
    [
      ['sector', TechSector],
      ['climate', Climate],
      ['maturity', Maturity],
      ['landUse', LandUse],
      ['waterSource', WaterSource],
      ['status', TechStatus],
      ['indicator', Indicator],
    ] as const
  ).map(([family, e]) => ({
    prefix: `environment:${family}.`,
    why: `a technology's or water body's ${family} is looked up by its value`,
    values: e.options as readonly string[],
  })),
  {
    prefix: 'audit:action.',
    why: 'the audit log names every action the server audits (read from its source by scripts/audited-actions.ts)',
    values: audited.actions,
  },
  {
    prefix: 'tasks:kind.',
    why: "a task is said by its kind; a report due that was begun says how far ('report_update')",
    values: [...TaskKind.options, 'report_update'],
  },
  {
    prefix: 'cyberPractices:status.',
    why: 'an adoption status is looked up by its value',
    values: AdoptionStatus.options,
  },
  {
    prefix: 'cyberPractices:adoptionCount.',
    why: 'adoptions are counted per status',
    values: AdoptionStatus.options,
  },
  {
    prefix: 'cyberPractices:translation.',
    why: 'how a text came to be is looked up by its value',
    values: TranslationKind.options,
  },
  {
    prefix: 'cyberPractices:language.',
    why: 'a content language is named by its code',
    values: ContentLanguage.options,
  },
  { prefix: 'cyberPractices:marking.', why: 'a TLP level and its hint are looked up by the level' },
  {
    prefix: 'states:status.',
    why: 'status labels are looked up by the status value',
    values: StateStatus.options,
  },
  {
    prefix: 'states:confidence.',
    why: 'a source confidence is looked up by its value',
    values: Source.shape.confidence.options,
  },
  { prefix: 'home:kind.', why: 'a body kind is looked up by its value', values: BodyKind.options },
  {
    prefix: 'home:seat.',
    why: 'seats are stored as English place names; known ones are translated, others shown as stored',
  },
  {
    prefix: 'decisions:status.',
    why: 'a decision status is looked up by its value',
    values: DecisionStatus.options,
  },
  { prefix: 'decisions:procedure.', why: 'a procedure is named by its value', values: Procedure.options },
  {
    prefix: 'decisions:procedureHint.',
    why: 'each procedure is explained by its value',
    values: Procedure.options,
  },
  {
    prefix: 'decisions:standing.',
    why: "where a state stands: its position, or 'pending' (none yet), or 'none' (not taking part)",
    values: [...PositionKind.options, 'pending', 'none'],
  },
  {
    prefix: 'decisions:positionHint.',
    why: 'each position is explained by its value',
    values: PositionKind.options,
  },
  {
    prefix: 'decisions:step.',
    why: 'an admission step is named by its value',
    values: AdmissionStep.options,
  },
  {
    prefix: 'decisions:visibility.',
    why: 'a visibility is named by its value',
    values: DecisionSummaryDto.shape.visibility.options,
  },
  {
    prefix: 'decisions:visibilityHint.',
    why: 'each visibility is explained by its value',
    values: DecisionSummaryDto.shape.visibility.options,
  },
  {
    prefix: 'notifications:kind.',
    why: 'a notice is described by its kind',
    values: NotificationKind.options,
  },
  {
    prefix: 'notifications:closed.',
    why: 'a closing notice names the result',
    values: OutcomeDto.shape.result.options,
  },
  { prefix: 'meetings:kind.', why: 'a meeting kind is named by its value', values: MeetingKind.options },
  { prefix: 'meetings:level.', why: 'a meeting level is named by its value', values: MeetingLevel.options },
  {
    prefix: 'documents:kind.',
    why: 'an instrument kind is named by its value',
    values: InstrumentKind.options,
  },
  { prefix: 'documents:topic.', why: 'a topic is named by its value', values: Topic.options },
  {
    prefix: 'documents:status.',
    why: 'an instrument status is named by its value',
    values: InstrumentSummaryDto.shape.status.options,
  },
  { prefix: 'documents:action.', why: 'a treaty action is named by its kind', values: ActionKind.options },
  {
    prefix: 'documents:classification.',
    why: 'a classification is named by its value',
    values: Classification.options,
  },
  {
    prefix: 'documents:relation.',
    why: 'a relation to another instrument is named by its kind (requires is derived from the rule)',
    values: [...CreateInstrumentBody.shape.related.unwrap().element.shape.kind.options, 'requires'],
  },
  {
    prefix: 'documents:relationIncoming.',
    why: 'the same relations seen from the other instrument',
    values: [...CreateInstrumentBody.shape.related.unwrap().element.shape.kind.options, 'requires'],
  },
  { prefix: 'plans:status.', why: 'a report status is named by its value', values: ReportStatus.options },
  { prefix: 'projects:stage.', why: 'a project stage is named by its value', values: Stage.options },
  { prefix: 'projects:sector.', why: 'a sector is named by its value', values: Sector.options },
  { prefix: 'projects:kind.', why: 'a ledger entry is named by its kind', values: EntryKind.options },
  {
    prefix: 'projects:kindHint.',
    why: 'each entry kind is explained by its value',
    values: EntryKind.options,
  },
  {
    prefix: 'projects:total.',
    why: "the financing chart's bars are named by the entry kind they add up",
    values: EntryKind.options,
  },
  {
    prefix: 'projects:gate.kind.',
    why: 'a checklist item says how it is met (document or answer) by its kind',
    values: ChecklistItemKind.options,
  },
  {
    prefix: 'projects:approvalStatus.',
    why: 'an approval is named by its status',
    values: ApprovalDto.shape.status.options,
  },
  { prefix: 'projects:commentKind.', why: 'a comment is named by its kind', values: CommentKind.options },
  {
    prefix: 'projects:milestoneStatus.',
    why: 'a milestone status is named by its value',
    values: MilestoneStatus.options,
  },
  {
    prefix: 'projects:organisationKind.',
    why: 'an organisation is described by its kind',
    values: OrganisationKind.options,
  },
  {
    prefix: 'education:status.',
    why: 'a call stage is named by its value',
    values: CallDto.shape.status.options,
  },
  {
    prefix: 'education:applicationStatus.',
    why: 'an application is named by its status',
    values: ApplicationStatus.options,
  },
  { prefix: 'education:offerStatus.', why: 'an offer is named by its status', values: OfferStatus.options },
  { prefix: 'education:field.', why: 'an ISCED-F field is named by its code, the code shown where unnamed' },
  { prefix: 'education:level.', why: 'an EQF level is named by its number' },
  {
    prefix: 'education:language.',
    why: 'a language of instruction is named by its tag, the tag shown where unnamed',
  },
  { prefix: 'education:signUp.', why: 'the sign-up fields are labelled by their body key' },
  { prefix: 'errors:', why: 'a problem is explained by its code; checked against the server registry below' },
];

const problems: string[] = [];
const report = (message: string) => problems.push(message);
for (const where of audited.unresolved)
  report(
    `src/server/${where}: an audited action that is not a string literal, so its audit:action label cannot be checked`,
  );

type Catalog = Map<string, string>; // key -> value, one namespace of one locale

function readCatalog(locale: string, ns: string): Catalog | undefined {
  const file = path.join(LOCALES_DIR, locale, `${ns}.json`);
  if (!fs.existsSync(file)) {
    report(`${locale}/${ns}.json: missing file`);
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    report(`${locale}/${ns}.json: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    report(`${locale}/${ns}.json: must be an object of keys to strings`);
    return undefined;
  }
  const catalog: Catalog = new Map();
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string')
      report(`${locale}/${ns}.json: "${key}" must be a string (keys are flat, not nested)`);
    else if (value.trim() === '') report(`${locale}/${ns}.json: "${key}" is empty`);
    else catalog.set(key, value);
  }
  return catalog;
}

const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * `verify.ok_few` -> { base: 'verify.ok', category: 'few' }. A key is a plural form only when it is an
 * `_other` form or has a plural sibling: `procedure.consensus_minus_one` names an enum value, not the
 * singular of `procedure.consensus_minus`.
 */
function splitPlural(key: string, catalog: Catalog): { base: string; category?: string } {
  const m = PLURAL_SUFFIX.exec(key);
  if (!m) return { base: key };
  const [, base, category] = m as unknown as [string, string, string];
  const siblings = [...catalog.keys()].some((k) => k !== key && PLURAL_SUFFIX.exec(k)?.[1] === base);
  return category === 'other' || siblings ? { base, category } : { base: key };
}

function placeholders(value: string): string[] {
  return [...new Set([...value.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]!))].sort();
}

/** Groups a catalog's keys by plural base and checks each base's categories against the language. */
function logicalKeys(locale: string, ns: string, catalog: Catalog): Map<string, string[]> {
  const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const groups = new Map<string, { categories: string[]; values: string[] }>();
  for (const [key, value] of catalog) {
    const { base, category } = splitPlural(key, catalog);
    const g = groups.get(base) ?? { categories: [], values: [] };
    if (category) g.categories.push(category);
    g.values.push(value);
    groups.set(base, g);
  }
  const result = new Map<string, string[]>();
  for (const [base, g] of groups) {
    if (g.categories.length > 0) {
      if (catalog.has(base))
        report(`${locale}/${ns}.json: "${base}" exists both plain and with plural suffixes`);
      const missing = required.filter((c) => !g.categories.includes(c));
      const extra = g.categories.filter((c) => !required.includes(c));
      if (missing.length)
        report(
          `${locale}/${ns}.json: "${base}" lacks plural forms ${missing.map((c) => `_${c}`).join(', ')}`,
        );
      if (extra.length)
        report(
          `${locale}/${ns}.json: "${base}" has plural forms ${locale} does not use: ${extra.map((c) => `_${c}`).join(', ')}`,
        );
    }
    result.set(base, g.values);
  }
  return result;
}

// ---- 1. Catalogs: completeness across locales, plurals, placeholders --------------------------------

const namespacesOnDisk = new Set(
  LOCALES.flatMap((l) =>
    fs.existsSync(path.join(LOCALES_DIR, l))
      ? fs
          .readdirSync(path.join(LOCALES_DIR, l))
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.slice(0, -5))
      : [],
  ),
);
const NAMESPACES = namespacesOf(webModules);
for (const ns of namespacesOnDisk) {
  if (!NAMESPACES.includes(ns))
    report(`${ns}.json exists but no web module's manifest declares the namespace "${ns}"`);
}
for (const ns of new Set(NAMESPACES)) {
  const owners = [
    ...(KERNEL_NAMESPACES as readonly string[]).filter((k) => k === ns).map(() => 'the kernel'),
    ...webModules.filter((m) => m.namespaces.includes(ns)).map((m) => `module ${m.name}`),
  ];
  if (owners.length > 1) report(`namespace "${ns}" is owned by ${owners.join(' and ')}`);
}

/** ns -> key (plural base) -> locale -> values */
const keys = new Map<string, Map<string, Map<string, string[]>>>();
for (const ns of NAMESPACES) {
  const perKey = new Map<string, Map<string, string[]>>();
  for (const locale of LOCALES) {
    const catalog = readCatalog(locale, ns);
    if (!catalog) continue;
    for (const [key, values] of logicalKeys(locale, ns, catalog)) {
      const perLocale = perKey.get(key) ?? new Map<string, string[]>();
      perLocale.set(locale, values);
      perKey.set(key, perLocale);
    }
  }
  keys.set(ns, perKey);
  for (const [key, perLocale] of perKey) {
    const missingIn = LOCALES.filter((l) => !perLocale.has(l));
    if (missingIn.length)
      report(
        `${ns}:${key}: missing in ${missingIn.join(', ')} (present in ${[...perLocale.keys()].join(', ')})`,
      );
    const expected = placeholders((perLocale.get(REFERENCE_LOCALE) ?? [...perLocale.values()][0]!).join(' '));
    for (const [locale, values] of perLocale) {
      const got = placeholders(values.join(' '));
      if (got.join() !== expected.join()) {
        report(
          `${ns}:${key}: ${locale} uses placeholders {${got.join(', ')}} but ${REFERENCE_LOCALE} uses {${expected.join(', ')}}`,
        );
      }
    }
  }
}

const allKeys = new Set<string>();
for (const [ns, perKey] of keys) for (const key of perKey.keys()) allKeys.add(`${ns}:${key}`);

// ---- 2. Usage in src/web ----------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const nsPattern = NAMESPACES.join('|');
const staticUses = new Map<string, string[]>(); // ns:key -> files
const dynamicUses = new Map<string, string[]>(); // prefix -> files

function useStatic(key: string, file: string) {
  staticUses.set(key, [...(staticUses.get(key) ?? []), file]);
}
function useDynamic(prefix: string, file: string) {
  dynamicUses.set(prefix, [...(dynamicUses.get(prefix) ?? []), file]);
}

for (const file of sourceFiles(WEB)) {
  const rel = path.relative(ROOT, file);
  const text = fs.readFileSync(file, 'utf8');
  const defaults = new Set(
    [...text.matchAll(/useTranslation\(\s*(?:\[\s*)?(['"])([\w-]+)\1/g)].map((m) => m[2]!),
  );

  // Any 'ns:key' literal: t('ns:key'), label maps, i18nKey props.
  for (const m of text.matchAll(new RegExp(`(['"\`])((?:${nsPattern}):[\\w.-]*)\\1(\\s*\\+)?`, 'g'))) {
    if (m[3]) useDynamic(m[2]!, rel);
    else useStatic(m[2]!, rel);
  }
  // Template literals with an interpolation: `states:status.${status}`.
  for (const m of text.matchAll(new RegExp(`\`((?:${nsPattern}):[\\w.-]*)\\$\\{`, 'g')))
    useDynamic(m[1]!, rel);

  // t('key') without a namespace: resolved against the file's useTranslation('ns').
  for (const m of text.matchAll(/\bt\(\s*(['"`])([^'"`$\n]*)\1(\s*\+)?/g)) {
    const key = m[2]!;
    if (new RegExp(`^(?:${nsPattern}):`).test(key)) continue;
    if (defaults.size !== 1) {
      report(
        `${rel}: t('${key}') has no namespace and the file's useTranslation names ${defaults.size === 0 ? 'none' : 'several'}; write t('ns:${key}')`,
      );
      continue;
    }
    const qualified = `${[...defaults][0]}:${key}`;
    if (m[3]) useDynamic(qualified, rel);
    else useStatic(qualified, rel);
  }
}

function familyOf(key: string): DynamicFamily | undefined {
  return DYNAMIC_FAMILIES.find((f) => key.startsWith(f.prefix));
}

for (const [prefix, files] of dynamicUses) {
  if (!DYNAMIC_FAMILIES.some((f) => prefix.startsWith(f.prefix))) {
    report(
      `${files[0]}: key built at run time from "${prefix}…" is not under a prefix of DYNAMIC_FAMILIES in scripts/i18n-check.ts`,
    );
  }
}
for (const [key, files] of staticUses) {
  if (!allKeys.has(key)) report(`${files[0]}: uses ${key}, which no locale defines`);
}
for (const key of allKeys) {
  const family = familyOf(key);
  if (staticUses.has(key)) continue;
  if (family && [...dynamicUses.keys()].some((p) => p.startsWith(family.prefix))) continue;
  report(`${key}: not used anywhere in src/web`);
}

// Families that mirror a closed set must cover it exactly.
for (const family of DYNAMIC_FAMILIES) {
  if (!family.values) continue;
  const [ns, rest] = family.prefix.split(':') as [string, string];
  const defined = [...(keys.get(ns)?.keys() ?? [])]
    .filter((k) => k.startsWith(rest))
    .map((k) => k.slice(rest.length));
  for (const v of family.values)
    if (!defined.includes(v)) report(`${family.prefix}${v}: missing (${family.why})`);
  for (const d of defined)
    if (!family.values.includes(d)) report(`${family.prefix}${d}: no such value (${family.why})`);
}

// ---- 3. The errors namespace mirrors the server's error registry --------------------------------------

// Importing the app imports every module, which runs every defineError.
await import('../src/server/app');
const { registeredErrorCodes } = await import('../src/server/core/errors');
const codes = registeredErrorCodes();
const errorKeys = [...(keys.get('errors')?.keys() ?? [])];
for (const code of codes)
  if (!errorKeys.includes(code)) report(`errors:${code}: registered by the server but not translated`);
for (const key of errorKeys)
  if (!codes.includes(key)) report(`errors:${key}: no such error code on the server`);

// ---- Result -------------------------------------------------------------------------------------------

if (problems.length > 0) {
  console.error(`i18n: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`i18n: OK (${allKeys.size} keys × ${LOCALES.length} locales)`);
