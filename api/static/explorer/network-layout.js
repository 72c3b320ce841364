// Where the network's actors go: a force layout in the unit square, then in CSS pixels, and the
// curved links between them. Geometry only: nothing here touches the page.

const LAYOUT = {
  /** The box's height bounds before labels are placed, in CSS pixels, and the room kept
   * free along its edges (a focus ring's). */
  minHeight: 320,
  maxHeight: 640,
  margin: 4,
  /** The layout's steps, and how hard the centre holds the nodes (loners included). */
  steps: 300,
  gravity: 2.5,
  /** Room kept between two nodes' boxes (each a node and its label), in CSS pixels. */
  spacing: 6,
  /** Between a node's rim and the top of its label. */
  labelGap: 2,
  /** Rounds of pushing boxes apart, and at most how many pairs they compare in all. */
  rounds: 400,
  pairBudget: 2_000_000,
  /** How many times the chart is made taller, by how much, when the boxes do not fit. */
  attempts: 8,
  growth: 1.2,
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
 * The box a node takes with its label centred below it, relative to the node's centre:
 * `{left, right, top, bottom}` in CSS pixels, from its radius and its label's measured size,
 * and where its label's top is.
 */
export function nodeBox(radius, labelWidth, labelHeight) {
  const half = Math.max(radius, labelWidth / 2);
  const labelTop = radius + LAYOUT.labelGap;
  return { left: -half, right: half, top: -radius, bottom: labelTop + labelHeight, labelTop };
}

/**
 * The layout in CSS pixels: `{points, height}`, points a Map from node id to {x, y}. The
 * layout is scaled to the box, then boxes (each node with its label below it, `boxes` by id)
 * that overlap are pushed apart along their shallower overlap, round after round, until no
 * two meet; where the box is too small for that, it is made taller and the nodes placed
 * again. So no label covers another, nor another actor.
 */
export function placeNodes(nodes, positions, boxes, width, height) {
  // Room enough to start with: the boxes' area, with as much again around them.
  const area = nodes.reduce((sum, node) => {
    const box = boxes.get(node.id);
    return sum + (box.right - box.left + LAYOUT.spacing) * (box.bottom - box.top + LAYOUT.spacing);
  }, 0);
  let tall = Math.max(height, Math.ceil((2 * area) / width));
  for (let attempt = 0; attempt < LAYOUT.attempts; attempt += 1) {
    const items = scaledItems(nodes, positions, boxes, width, tall);
    if (separated(items, width, tall) || attempt === LAYOUT.attempts - 1) {
      return { points: new Map(items.map((p) => [p.id, { x: p.x, y: p.y }])), height: tall };
    }
    tall = Math.round(tall * LAYOUT.growth);
  }
  throw new Error("unreachable");
}

function scaledItems(nodes, positions, boxes, width, height) {
  return nodes.map((node, i) => {
    const box = boxes.get(node.id);
    // Each node's range keeps its whole box, label included, inside the chart.
    const [minX, maxX] = [LAYOUT.margin - box.left, width - LAYOUT.margin - box.right];
    const [minY, maxY] = [LAYOUT.margin - box.top, height - LAYOUT.margin - box.bottom];
    return {
      id: node.id,
      box,
      minX,
      maxX: Math.max(minX, maxX),
      minY,
      maxY: Math.max(minY, maxY),
      x: minX + ((positions[i].x + 1) / 2) * Math.max(0, maxX - minX),
      y: minY + ((positions[i].y + 1) / 2) * Math.max(0, maxY - minY),
    };
  });
}

/** How far two boxes overlap along x and y, with the spacing kept between them. */
function overlap(a, b) {
  const gap = LAYOUT.spacing / 2;
  const x =
    Math.min(a.x + a.box.right, b.x + b.box.right) -
    Math.max(a.x + a.box.left, b.x + b.box.left) +
    2 * gap;
  const y =
    Math.min(a.y + a.box.bottom, b.y + b.box.bottom) -
    Math.max(a.y + a.box.top, b.y + b.box.top) +
    2 * gap;
  return { x, y };
}

/** Push overlapping boxes apart, within the chart; return whether none overlap at the end. */
function separated(items, width, height) {
  // Each round compares every pair: bounded, so that a large network still draws at once.
  const rounds = Math.min(LAYOUT.rounds, Math.ceil(LAYOUT.pairBudget / items.length ** 2));
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (let i = 0; i < items.length; i += 1) {
      for (let j = i + 1; j < items.length; j += 1) {
        const a = items[i];
        const b = items[j];
        const { x, y } = overlap(a, b);
        if (x <= 0 || y <= 0) continue;
        moved = true;
        // Along the shallower overlap; a tie of centres parts them by their order.
        if (x < y) {
          const sign = b.x > a.x || (b.x === a.x && (i + j) % 2 === 0) ? 1 : -1;
          a.x -= (sign * x) / 2;
          b.x += (sign * x) / 2;
        } else {
          const sign = b.y > a.y || (b.y === a.y && (i + j) % 2 === 0) ? 1 : -1;
          a.y -= (sign * y) / 2;
          b.y += (sign * y) / 2;
        }
      }
    }
    for (const p of items) {
      p.x = Math.min(p.maxX, Math.max(p.minX, p.x));
      p.y = Math.min(p.maxY, Math.max(p.minY, p.y));
    }
    if (!moved) return true;
  }
  return !items.some((a, i) =>
    items.slice(i + 1).some((b) => {
      const { x, y } = overlap(a, b);
      return x > 0 && y > 0;
    }),
  );
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
