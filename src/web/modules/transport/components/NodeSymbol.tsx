import type { NodeShape } from './networkMapGeometry';

/** A node's mark: the shape tells the type apart without relying on colour alone. */
export function NodeSymbol({ shape, x, y }: { shape: NodeShape; x: number; y: number }) {
  const cls = `net-symbol net-symbol--${shape}`;
  switch (shape) {
    case 'port':
      return <circle className={cls} cx={x} cy={y} r={5} />;
    case 'dry_port':
      return <rect className={cls} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
    case 'hub':
      return <path className={cls} d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} />;
    case 'junction':
      return <circle className={cls} cx={x} cy={y} r={3} />;
    case 'border':
      return <path className={cls} d={`M${x} ${y - 6}L${x + 5.5} ${y + 4}L${x - 5.5} ${y + 4}Z`} />;
  }
}
