/**
 * A deterministic radial layout for an object's neighbourhood: the object in the middle, its
 * neighbours evenly round it on an ellipse, ordered by type and id so that the same graph is always drawn the same
 * way (no force simulation: d3-force is not a dependency, and a star needs none).
 */
export interface LayoutNode {
  id: string;
  type: string;
  center: boolean;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  positions: Map<string, Placed>;
}

export function radialLayout(nodes: readonly LayoutNode[], width = 520): Layout {
  const others = nodes
    .filter((n) => !n.center)
    .sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : 1) : a.type < b.type ? -1 : 1));
  // Enough room round the circle for a label per neighbour, and at least a readable ring.
  const radius = Math.max(120, Math.min(width / 2 - 120, (others.length * 56) / (2 * Math.PI)));
  const height = others.length === 0 ? 160 : Math.ceil(2 * radius + 120);
  // Wider than high: labels are horizontal, so neighbours beside the centre need the most room.
  const rx = Math.max(radius, width / 2 - 120);
  const cx = width / 2;
  const cy = height / 2;
  const positions = new Map<string, Placed>();
  const center = nodes.find((n) => n.center);
  if (center) positions.set(center.id, { id: center.id, x: cx, y: cy });
  others.forEach((n, i) => {
    // Start at the top and go clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
    positions.set(n.id, {
      id: n.id,
      x: Math.round(cx + rx * Math.cos(angle)),
      y: Math.round(cy + radius * Math.sin(angle)),
    });
  });
  return { width, height, positions };
}
