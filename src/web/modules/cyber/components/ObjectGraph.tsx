import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CyberGraph } from '../api/cyberApi';
import { radialLayout } from './graphLayout';
import { TlpLabel } from './TlpLabel';
import './cyber.css';

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * An object and its neighbours as the reader receives them, in SVG, with the same edges listed in a
 * table below (the drawing's text alternative). Every other node links to its own page.
 */
export function ObjectGraph({ graph }: { graph: CyberGraph }) {
  const { t } = useTranslation('cyber');
  const layout = radialLayout(graph.nodes);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = byId.get(id);
    return n?.label ?? n?.type ?? id;
  };
  return (
    <>
      <figure className="cyber-graph" data-testid="cyber-graph">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={t('cyber:graph.summary', { count: graph.nodes.length - 1 })}
        >
          {graph.edges.map((e, i) => {
            const a = layout.positions.get(e.source);
            const b = layout.positions.get(e.target);
            if (!a || !b) return null;
            // Beside a steep line, above a flat one: never over a node's own label, which hangs below it.
            const steep = Math.abs(b.y - a.y) > Math.abs(b.x - a.x);
            const mx = (a.x + b.x) / 2;
            const my = (a.y + b.y) / 2;
            return (
              <g key={`${e.source}-${e.target}-${e.label}-${i}`} className={`edge edge--${e.kind}`}>
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                <text
                  className="edge-label"
                  x={steep ? mx + 6 : mx}
                  y={steep ? my + 4 : my - 5}
                  textAnchor={steep ? 'start' : 'middle'}
                >
                  {e.label}
                </text>
              </g>
            );
          })}
          {graph.nodes.map((n) => {
            const p = layout.positions.get(n.id)!;
            // The centre's label stands above it, clear of the labels of the neighbours beside it.
            const body = (
              <>
                <circle cx={p.x} cy={p.y} r={n.center ? 14 : 10} />
                <text x={p.x} y={p.y + (n.center ? -36 : 26)} textAnchor="middle">
                  {short(n.label ?? n.type)}
                </text>
                <text className="node__type" x={p.x} y={p.y + (n.center ? -21 : 41)} textAnchor="middle">
                  {n.type}
                </text>
              </>
            );
            return (
              <g key={n.id} className={n.center ? 'node node--center' : 'node'} data-node={n.id}>
                {n.center ? (
                  body
                ) : (
                  <Link
                    to="/cyber/collections/$collectionId/objects/$objectId"
                    params={{ collectionId: n.collectionId, objectId: n.id }}
                    aria-label={`${n.label ?? n.type} (${n.type})`}
                  >
                    {body}
                  </Link>
                )}
              </g>
            );
          })}
        </svg>
        {graph.nodes.length === 1 && <figcaption className="muted">{t('cyber:graph.none')}</figcaption>}
      </figure>
      {graph.edges.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="cyber-edges-caption" tabIndex={0}>
          <table className="table table--compact" data-testid="cyber-edges">
            <caption id="cyber-edges-caption">
              {t('cyber:graph.caption', { count: graph.edges.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cyber:graph.from')}</th>
                <th scope="col">{t('cyber:graph.link')}</th>
                <th scope="col">{t('cyber:graph.to')}</th>
                <th scope="col">{t('cyber:object.tlp')}</th>
              </tr>
            </thead>
            <tbody>
              {graph.edges.map((e, i) => {
                const other = byId.get(e.source)?.center ? e.target : e.source;
                const tlpOf = byId.get(other)?.tlp;
                return (
                  <tr key={`${e.source}-${e.target}-${e.label}-${i}`}>
                    <td>{name(e.source)}</td>
                    <td>
                      <code>{e.label}</code>
                    </td>
                    <td>{name(e.target)}</td>
                    <td>{tlpOf && <TlpLabel level={tlpOf} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
