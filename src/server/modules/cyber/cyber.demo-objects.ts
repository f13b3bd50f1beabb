import type { Actor } from '../../core/auth/actor';
import { actorForEmail } from '../../core/auth/auth.service';
import type { Kernel } from '../../core/module';
import * as repo from './cyber.repository';
import { TLP_MARKINGS } from './markings';
import { postObjects } from './taxii.service';

/**
 * Demo STIX objects for newcomers, so that the exchange's pages are not empty in the embedded default:
 * every one is named "Demo…", says so in its description and carries `x_exchange_demo: true`, which the
 * pages show as a demo label. Fictitious content only (documentation addresses and example.org names),
 * published through the TAXII service by the demo CERT accounts. Never called when NODE_ENV=production.
 */
const tlp = (level: string) => Object.keys(TLP_MARKINGS).find((id) => TLP_MARKINGS[id] === level)!;
const DEMO_NOTE = 'Demo content for newcomers to the exchange; not real threat intelligence.';

const ID = {
  identity: 'identity--5d1b6c2e-8a4f-4c1e-9b7a-0f3c2d1e4a51',
  phishing: 'indicator--0c7b5e2a-3f1d-4e8b-a9c6-2d4f6b8e1a52',
  c2: 'indicator--7e2a9c4b-1d3f-4a6e-8b5c-9f0d2e4a6b53',
  malware: 'malware--3a9d7f1c-6b2e-4d8a-b0c4-5e1f3a7d9c54',
  attack: 'attack-pattern--9b4e1d7a-2c5f-4e3b-a8d6-1f7c3e9a5b55',
  indicates: 'relationship--4f8c2a6e-9d1b-4c7f-b3a5-6e2d8f0c4a56',
  indicatesC2: 'relationship--8d3f5b1e-7a2c-4f9d-a6b4-0c8e2f6a1d57',
  uses: 'relationship--2c6e9a3d-5f8b-4a1c-9e7d-3b5f1a8c6e58',
  sighting: 'sighting--6a1f4d8c-3e7b-4b2a-8c9f-5d3e7a1b9f59',
  vulnerability: 'vulnerability--1e5b8d2f-4a9c-4e6d-b7f3-8a2c6e4d0b60',
  report: 'report--5f9a3c7e-1b4d-4d8f-a2e6-7c1b5d9f3a61',
};

async function publish(kernel: Kernel, actor: Actor, collectionId: string, objects: object[]) {
  const status = await postObjects(kernel, actor, collectionId, { objects });
  if (status.failure_count > 0) throw new Error(`demo objects refused: ${JSON.stringify(status.failures)}`);
}

export async function seedDemoObjects(kernel: Kernel) {
  if ((await repo.findVersions(kernel.db, [ID.indicates])).length > 0) return;
  const by = await actorForEmail(kernel.db, 'cert.by@example.org');
  const tj = await actorForEmail(kernel.db, 'cert.tj@example.org');
  const byCollection = await repo.findCollectionByAlias(kernel.db, 'cert-by');
  const tjCollection = await repo.findCollectionByAlias(kernel.db, 'cert-tj');
  if (!by || !tj || !byCollection || !tjCollection) return;
  const now = kernel.now().getTime();
  const earlier = new Date(now - 3_600_000).toISOString();
  const at = new Date(now).toISOString();
  const base = (type: string, id: string, level: string) => ({
    type,
    spec_version: '2.1',
    id,
    created: earlier,
    modified: earlier,
    object_marking_refs: [tlp(level)],
    x_exchange_demo: true,
  });
  const phishing = {
    ...base('indicator', ID.phishing, 'clear'),
    name: 'Demo: phishing domain',
    description: `${DEMO_NOTE} A look-alike sign-in domain used in a fictitious phishing wave.`,
    pattern: "[domain-name:value = 'login-demo.example.org']",
    pattern_type: 'stix',
    valid_from: earlier,
    created_by_ref: ID.identity,
  };
  await publish(kernel, by, byCollection.id, [
    {
      ...base('identity', ID.identity, 'clear'),
      name: 'Demo: national CERT (fictitious)',
      description: DEMO_NOTE,
      identity_class: 'organization',
    },
    phishing,
    {
      ...base('indicator', ID.c2, 'amber'),
      name: 'Demo: command-and-control address',
      description: `${DEMO_NOTE} Shared with the CERTs that read this collection only.`,
      pattern: "[ipv4-addr:value = '198.51.100.23']",
      pattern_type: 'stix',
      valid_from: earlier,
      created_by_ref: ID.identity,
    },
    {
      ...base('malware', ID.malware, 'green'),
      name: 'Demo: banking trojan',
      description: `${DEMO_NOTE} Its delivery details are marked AMBER.`,
      is_family: true,
      malware_types: ['trojan'],
      granular_markings: [{ marking_ref: tlp('amber'), selectors: ['description'] }],
      created_by_ref: ID.identity,
    },
    {
      ...base('attack-pattern', ID.attack, 'clear'),
      name: 'Demo: spear-phishing link',
      description: DEMO_NOTE,
    },
    {
      ...base('relationship', ID.indicates, 'green'),
      relationship_type: 'indicates',
      source_ref: ID.phishing,
      target_ref: ID.malware,
      description: DEMO_NOTE,
    },
    {
      ...base('relationship', ID.indicatesC2, 'amber'),
      relationship_type: 'indicates',
      source_ref: ID.c2,
      target_ref: ID.malware,
      description: DEMO_NOTE,
    },
    {
      ...base('relationship', ID.uses, 'clear'),
      relationship_type: 'uses',
      source_ref: ID.malware,
      target_ref: ID.attack,
      description: DEMO_NOTE,
    },
  ]);
  // A second version, so that the object page has versions to show.
  await publish(kernel, by, byCollection.id, [{ ...phishing, modified: at, labels: ['phishing'] }]);
  await publish(kernel, tj, tjCollection.id, [
    {
      ...base('sighting', ID.sighting, 'green'),
      sighting_of_ref: ID.phishing,
      count: 3,
      description: `${DEMO_NOTE} Seen three times by another member CERT.`,
    },
    {
      ...base('vulnerability', ID.vulnerability, 'clear'),
      name: 'Demo: injection flaw in a web portal',
      description: DEMO_NOTE,
    },
    {
      ...base('report', ID.report, 'red'),
      name: 'Demo: incident report for named recipients',
      description: `${DEMO_NOTE} TLP:RED, for the CERTs of Tajikistan and Belarus only.`,
      published: earlier,
      report_types: ['incident'],
      object_refs: [ID.vulnerability, ID.phishing],
      x_exchange_recipients: ['BY'],
    },
  ]);
}
