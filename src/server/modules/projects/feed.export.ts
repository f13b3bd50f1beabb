import type { ProjectSummaryDto } from '../../../contracts/projects';

/**
 * The public pipeline as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first, so that
 * feed readers and partner portals can follow it. `_sco` is the feed's extension object (the spec's
 * convention for custom fields): stage, sector, countries, cost, and whether the item is demo content.
 */
export function toJsonFeed(items: ProjectSummaryDto[], publicUrl: string) {
  const api = `${publicUrl}/api/v1`;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'SCO investment projects: public pipeline',
    home_page_url: `${publicUrl}/projects`,
    feed_url: `${api}/projects/feed.json`,
    language: 'en',
    items: items.map((p) => ({
      id: p.id,
      url: `${publicUrl}/projects/${p.id}`,
      title: p.demo ? `[Demo] ${p.title.en}` : p.title.en,
      content_text: `${p.title.en} / ${p.title.ru} / ${p.title.zh}`,
      date_published: p.createdAt,
      date_modified: p.updatedAt,
      tags: [p.sector, p.stage, ...p.countries],
      attachments: [
        { url: `${api}/projects/${p.id}/oc4ids.json`, mime_type: 'application/json', title: 'OC4IDS' },
        { url: `${api}/projects/${p.id}/iati.xml`, mime_type: 'application/xml', title: 'IATI 2.03' },
      ],
      _sco: {
        stage: p.stage,
        sector: p.sector,
        countries: p.countries,
        estimatedCost: p.estimatedCost,
        demo: p.demo,
      },
    })),
  };
}
