import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { TLP_MARKINGS, RECIPIENTS_PROPERTY } from '../markings';
import { derivedUuid, ID_CONTRIBUTING } from './cyber-observable-id';
import { patternError } from './pattern';
import { toMicros } from './time';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../standards/stix2/schemas');

type Json = Record<string, unknown>;

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? schemaFiles(p) : e.name.endsWith('.json') ? [p] : [];
  });
}

/**
 * The OASIS STIX 2.1 JSON schemas, loaded from the copy shipped in this module and registered by
 * their `$id`, so that no `$ref` is ever fetched. `unicodeRegExp: false` because the schemas use `\-`,
 * which `u`-mode regular expressions reject.
 */
class SchemaSet {
  readonly byId = new Map<string, Json>();
  readonly typeSchema = new Map<string, string>();
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly props = new Map<string, Set<string>>();

  constructor() {
    addFormats(this.ajv);
    // ajv-formats has no IDN host names; the specification leaves their checking to the consumer.
    this.ajv.addFormat('idn-hostname', true);
    for (const file of schemaFiles(SCHEMAS)) {
      const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
      const id = schema.$id as string;
      this.ajv.addSchema(schema, id);
      this.byId.set(id, schema);
      const folder = path.basename(path.dirname(file));
      const name = path.basename(file, '.json');
      const isObjectType =
        folder === 'sdos' ||
        folder === 'sros' ||
        folder === 'observables' ||
        ['marking-definition', 'language-content', 'extension-definition'].includes(name);
      if (isObjectType) this.typeSchema.set(name, id);
    }
  }

  validator(type: string): ValidateFunction | undefined {
    const id = this.typeSchema.get(type);
    if (!id) return undefined;
    let v = this.compiled.get(type);
    if (!v) {
      v = this.ajv.getSchema(id)!;
      this.compiled.set(type, v);
    }
    return v;
  }

  /** The properties the specification defines for a type: `properties` keys along `allOf` and `$ref`s. */
  definedProperties(type: string): Set<string> {
    let set = this.props.get(type);
    if (set) return set;
    set = new Set<string>();
    const seen = new Set<string>();
    const walk = (node: unknown, base: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (n.properties && typeof n.properties === 'object')
        for (const k of Object.keys(n.properties)) set!.add(k);
      if (typeof n.$ref === 'string') {
        const target = new URL(n.$ref, base).href;
        if (!seen.has(target) && this.byId.has(target)) {
          seen.add(target);
          walk(this.byId.get(target), target);
        }
      }
      for (const key of ['allOf', 'oneOf', 'anyOf']) {
        if (Array.isArray(n[key])) for (const sub of n[key] as unknown[]) walk(sub, base);
      }
    };
    const id = this.typeSchema.get(type)!;
    walk(this.byId.get(id), id);
    this.props.set(type, set);
    return set;
  }
}

let schemas: SchemaSet | undefined;
function schemaSet(): SchemaSet {
  schemas ??= new SchemaSet();
  return schemas;
}

export const CYBER_OBSERVABLE_TYPES = new Set(Object.keys(ID_CONTRIBUTING));

const CUSTOM_NAME = /^[a-z0-9_]{3,250}$/;
const UUID_VERSION = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO2 = /^[A-Z]{2}$/;

/** Names of top-level properties that the object's own property-extensions declare. */
function toplevelExtensionProperties(obj: Json): boolean {
  const ext = obj.extensions;
  if (!ext || typeof ext !== 'object') return false;
  return Object.values(ext as Json).some(
    (e) => !!e && typeof e === 'object' && (e as Json).extension_type === 'toplevel-property-extension',
  );
}

function pathExists(obj: unknown, selector: string): boolean {
  let cur: unknown = obj;
  for (const step of selector.split('.')) {
    const index = /^\[(\d+)\]$/.exec(step);
    if (index) {
      if (!Array.isArray(cur) || Number(index[1]) >= cur.length) return false;
      cur = cur[Number(index[1])];
    } else {
      if (!cur || typeof cur !== 'object' || Array.isArray(cur) || !(step in (cur as Json))) return false;
      cur = (cur as Json)[step];
    }
  }
  return true;
}

export interface ValidationContext {
  /** Whether a marking definition exists (in the same envelope or already in the exchange). */
  markingExists(id: string): boolean;
}

/**
 * Why a STIX 2.1 object is not acceptable, or null when it is: the OASIS schema, then the checks the
 * schemas cannot make.
 */
export function invalidReason(obj: unknown, ctx: ValidationContext): string | null {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return 'not a JSON object';
  const o = obj as Json;
  if (typeof o.type !== 'string' || typeof o.id !== 'string') return 'type and id are required';
  if (!o.id.startsWith(`${o.type}--`)) return `id must start with "${o.type}--"`;
  if (o.spec_version !== undefined && o.spec_version !== '2.1') return 'only STIX 2.1 objects are accepted';
  const set = schemaSet();
  const validate = set.validator(o.type);
  if (!validate) return `unknown STIX 2.1 object type "${o.type}"`;
  if (!validate(o)) {
    const e = validate.errors?.[0];
    return `schema: ${e?.instancePath || '/'} ${e?.message ?? 'invalid'}`.trim();
  }
  if (typeof o.created === 'string' && typeof o.modified === 'string') {
    const c = toMicros(o.created);
    const m = toMicros(o.modified);
    if (c === null || m === null) return 'created and modified must be STIX timestamps';
    if (m < c) return 'modified is before created';
  }
  if (CYBER_OBSERVABLE_TYPES.has(o.type)) {
    const version = UUID_VERSION.exec(o.id)?.[1];
    const expected = derivedUuid(o);
    if (version === '5' && expected && o.id !== `${o.type}--${expected}`) {
      return `cyber-observable id must be the UUIDv5 derived from its id-contributing properties: ${o.type}--${expected}`;
    }
  }
  const defined = set.definedProperties(o.type);
  const extensionDeclared = toplevelExtensionProperties(o);
  const tlpDefinition = o.type === 'marking-definition' && TLP_MARKINGS[o.id] !== undefined;
  for (const key of Object.keys(o)) {
    if (defined.has(key)) continue;
    if (tlpDefinition) return `the predefined TLP marking definition may not carry "${key}"`;
    if (!CUSTOM_NAME.test(key)) return `custom property "${key}" must be 3-250 characters of a-z, 0-9 and _`;
    if (!key.startsWith('x_') && !extensionDeclared) {
      return `custom property "${key}" must start with x_ or be declared by a toplevel-property-extension`;
    }
  }
  if (RECIPIENTS_PROPERTY in o) {
    const r = o[RECIPIENTS_PROPERTY];
    if (!Array.isArray(r) || !r.every((s) => typeof s === 'string' && ISO2.test(s))) {
      return `${RECIPIENTS_PROPERTY} must list ISO 3166-1 alpha-2 codes`;
    }
  }
  const refs = [
    ...(Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]) : []),
    ...(Array.isArray(o.granular_markings)
      ? (o.granular_markings as Json[]).flatMap((g) =>
          typeof g.marking_ref === 'string' ? [g.marking_ref] : [],
        )
      : []),
  ];
  for (const ref of refs) {
    if (ref === o.id) return 'a marking definition may not mark itself';
    if (!TLP_MARKINGS[ref] && !ctx.markingExists(ref)) return `marking definition ${ref} does not exist`;
  }
  if (Array.isArray(o.granular_markings)) {
    for (const g of o.granular_markings as Json[]) {
      for (const s of (g.selectors as string[]) ?? []) {
        if (!pathExists(o, s)) return `granular marking selector "${s}" points at nothing`;
      }
    }
  }
  if (o.type === 'indicator' && o.pattern_type === 'stix' && typeof o.pattern === 'string') {
    const err = patternError(o.pattern);
    if (err) return `pattern: ${err}`;
  }
  return null;
}
