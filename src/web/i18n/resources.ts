import { webModules } from '../app/modules';
import { LANGUAGES, type Language } from './languages';
import { namespacesOf } from './namespaces';

/** The kernel's namespaces and those the module manifests declare. */
export const NAMESPACES = namespacesOf(webModules);

// Bundled rather than fetched: all three languages together weigh less than one round trip.
const files = import.meta.glob<Record<string, string>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const resources = Object.fromEntries(
  LANGUAGES.map((l) => [
    l.code,
    Object.fromEntries(NAMESPACES.map((ns) => [ns, files[`./locales/${l.code}/${ns}.json`] ?? {}])),
  ]),
) as Record<Language, Record<string, Record<string, string>>>;
