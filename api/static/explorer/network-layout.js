// Where the network's actors go: a force layout in the unit square, then in CSS pixels, and the
// curved links between them. Geometry only: nothing here touches the page.

const LAYOUT = {
  /** The box's height bounds, in CSS pixels, and the room kept free along its edges. */
  minHeight: 320,
  maxHeight: 640,
  margin: 24,
  /** The layout's steps, and how hard the centre holds the nodes (loners included). */
  steps: 300,
  gravity: 2.5,
  /** Room kept between two nodes' rims, in CSS pixels: a line of label. */
  spacing: 14,
};

/**
 * Positions in [-1, 1]², one per node: the nodes start on a circle in their order and settle
 * under Fruchterman–Reingold forces. Nothing is random, so the same network draws the same.
 */
export function layoutNetwork(nodes, edges) {
  const count = nodes.length;
  const positions = nodes.map((_, i) => ({
    x: Math.cos((2 * Math.PI * i) / count),
    y: Math.sin((2 * Math.PI * i) / count),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const pairs = edges
    .filter((edge) => edge.source !== edge.target)
    .map((edge) => [index.get(edge.source), index.get(edge.target)]);
  // The ideal distance between two nodes: the unit square shared out among them.
  const idealDistance = Math.sqrt(4 / Math.max(count, 1));
  let heat = 0.2;
  for (let step = 0; step < LAYOUT.steps; step += 1) {
    const moves = positions.map((p) => ({ x: -p.x * LAYOUT.gravity, y: -p.y * LAYOUT.gravity }));
    for (let i = 0; i < count; i += 1) {
      for (let j = i + 1; j < count; j += 1) {
        const dx = positions[i].x - positions[j].x;
        const dy = positions[i].y - positions[j].y;
        const distance = Math.max(Math.hypot(dx, dy), 0.01);
        const push = (idealDistance * idealDistance) / distance / distance;
        moves[i].x += dx * push;
        moves[i].y += dy * push;
        moves[j].x -= dx * push;
        moves[j].y -= dy * push;
      }
    }
    for (const [a, b] of pairs) {
      const dx = positions[a].x - positions[b].x;
      const dy = positions[a].y - positions[b].y;
      const pull = Math.hypot(dx, dy) / idealDistance;
      moves[a].x -= dx * pull;
      moves[a].y -= dy * pull;
      moves[b].x += dx * pull;
      moves[b].y += dy * pull;
    }
    for (let i = 0; i < count; i += 1) {
      const length = Math.hypot(moves[i].x, moves[i].y);
      if (length > 0) {
        const stride = Math.min(length, heat) / length;
        positions[i].x += moves[i].x * stride;
        positions[i].y += moves[i].y * stride;
      }
    }
    heat *= 0.985;
  }
  // Stretched to fill [-1, 1]² each way; one node, or a line of them, sits in the middle.
  const span = (values) => [Math.min(...values), Math.max(...values)];
  const [[minX, maxX], [minY, maxY]] = [
    span(positions.map((p) => p.x)),
    span(positions.map((p) => p.y)),
  ];
  const scale = (value, min, max) => (max - min < 1e-9 ? 0 : ((value - min) / (max - min)) * 2 - 1);
  return positions.map((p) => ({ x: scale(p.x, minX, maxX), y: scale(p.y, minY, maxY) }));
}

/** A node's radius in CSS pixels: its area grows with its statements. */
export function nodeRadius(node) {
  return 5 + 2.5 * Math.sqrt(node.statements);
}

/** The box's height for a width: wide boxes keep a 10:7 shape, narrow ones a line per actor. */
export function networkHeight(width, nodeCount) {
  const tall = Math.max(width * 0.7, nodeCount * 20);
  return Math.round(Math.min(LAYOUT.maxHeight, Math.max(LAYOUT.minHeight, tall)));
}

/**
 * The layout in CSS pixels, as a Map from node id to {x, y}: scaled to the box, then nodes
 * closer than their radii and a line of label are pushed apart, a few rounds, so that no two
 * circles overlap.
 */
export function placeNodes(nodes, positions, radii, width, height) {
  const margin = LAYOUT.margin;
  const points = nodes.map((node, i) => ({
    id: node.id,
    radius: radii.get(node.id),
    x: margin + ((positions[i].x + 1) / 2) * (width - 2 * margin),
    y: margin + ((positions[i].y + 1) / 2) * (height - 2 * margin),
  }));
  for (let round = 0; round < 50; round += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i];
        const b = points[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const least = a.radius + b.radius + LAYOUT.spacing;
        if (distance >= least) continue;
        moved = true;
        // Coincident nodes part along a fixed direction that depends on their order.
        const [ux, uy] =
          distance > 0.01 ? [dx / distance, dy / distance] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (least - distance) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    }
    for (const p of points) {
      p.x = Math.min(width - margin, Math.max(margin, p.x));
      p.y = Math.min(height - margin, Math.max(margin, p.y));
    }
    if (!moved) break;
  }
  return new Map(points.map((p) => [p.id, { x: p.x, y: p.y }]));
}

/**
 * An SVG path between two nodes, curved and ending at their rims: each relation (`bend`, its
 * index) bends its own way, so links of one pair, either way or in several relations, do not
 * hide each other. A link from a node to itself is a loop over its top.
 */
export function edgePath(edge, points, radii, bend) {
  const from = points.get(edge.source);
  const to = points.get(edge.target);
  if (edge.source === edge.target) {
    const r = radii.get(edge.source);
    const start = `${(from.x - r / 2).toFixed(1)},${(from.y - r).toFixed(1)}`;
    return `M${start} a${r.toFixed(1)},${r.toFixed(1)} 0 1 1 ${r.toFixed(1)},0`;
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const offset = length * 0.1 * (1 + bend * 0.7);
  const control = {
    x: (from.x + to.x) / 2 - (dy / length) * offset,
    y: (from.y + to.y) / 2 + (dx / length) * offset,
  };
  const toward = (point, target, distance) => {
    const ex = target.x - point.x;
    const ey = target.y - point.y;
    const norm = Math.hypot(ex, ey) || 1;
    return { x: point.x + (ex / norm) * distance, y: point.y + (ey / norm) * distance };
  };
  const start = toward(from, control, radii.get(edge.source));
  const end = toward(to, control, radii.get(edge.target) + 1);
  const fixed = (p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  return `M${fixed(start)} Q${fixed(control)} ${fixed(end)}`;
}
