// The network as SVG: actors as focusable buttons sized by their statements, links as arrows
// in one colour per relation.

import { CHART_MIN_WIDTH, svgElement } from "./dom.js";
import { countPhrase, kindLabel } from "./format.js";
import { edgePath, networkHeight, nodeBox, nodeRadius, placeNodes } from "./network-layout.js";

/** How each relation reads from its source's side, and from its target's. */
const RELATIONS = {
  addressed: { out: "spoke to", in: "was spoken to by" },
  mentioned: { out: "spoke of", in: "was spoken of by" },
  reported: { out: "reported what was said by", in: "was reported by" },
};
/** How a link reads from one side: "spoke to", "was spoken to by", ... */
export function relationVerb(relation, direction) {
  return RELATIONS[relation]?.[direction] ?? relation;
}

/** "Name (person): 3 statements, 2 links": how a node reads to a screen reader. */
function nodeLabel(node, linkCount) {
  const statements = countPhrase(node.statements, "statement", "statements");
  const links = countPhrase(linkCount, "link", "links");
  return `${node.name} (${kindLabel(node.kind)}): ${statements}, ${links}`;
}

function edgeText(edge, nodesById) {
  const source = nodesById.get(edge.source);
  const target = nodesById.get(edge.target);
  const statements = countPhrase(edge.count, "statement", "statements");
  return `${source.name} ${relationVerb(edge.relation, "out")} ${target.name}: ${statements}`;
}

function arrowMarkers() {
  return Object.keys(RELATIONS).map((relation) =>
    svgElement(
      "marker",
      {
        id: `arrow-${relation}`,
        class: `arrow relation-${relation}`,
        viewBox: "0 0 10 10",
        refX: 10,
        refY: 5,
        markerWidth: 8,
        markerHeight: 8,
        markerUnits: "userSpaceOnUse",
        orient: "auto",
      },
      svgElement("path", { d: "M0,0 L10,5 L0,10 z" }),
    ),
  );
}

/**
 * Draw a network of one node or more into `container`, sized to its width in CSS pixels, from
 * its layout (`positions`, one per node in [-1, 1]²); `nodesById` looks its nodes up. Each
 * label goes below its node; the labels are measured first, then the nodes placed so that no
 * node's box (its circle and label) meets another's, the chart growing taller when needed.
 */
export function drawNetworkChart(container, network, positions, nodesById) {
  const width = Math.max(CHART_MIN_WIDTH, Math.floor(container.clientWidth));
  const radii = new Map(network.nodes.map((node) => [node.id, nodeRadius(node)]));
  const degree = new Map(network.nodes.map((node) => [node.id, 0]));
  for (const edge of network.edges) {
    degree.set(edge.source, degree.get(edge.source) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, degree.get(edge.target) + 1);
  }

  const title = svgElement("title", {
    id: "network-chart-title",
    text:
      `Network of ${countPhrase(network.nodes.length, "actor", "actors")} and ` +
      `${countPhrase(network.edges.length, "link", "links")}`,
  });
  const svg = svgElement(
    "svg",
    { class: "network-chart", role: "group", width, "aria-labelledby": "network-chart-title" },
    title,
    svgElement("defs", {}, ...arrowMarkers()),
  );
  const edges = svgElement("g", { class: "edges", "aria-hidden": "true" });
  const nodes = svgElement("g", { class: "nodes" });
  const drawn = new Map();
  for (const node of network.nodes) {
    const label = nodeLabel(node, degree.get(node.id));
    const circle = svgElement("circle", { r: radii.get(node.id).toFixed(1) });
    const text = svgElement("text", {
      class: "node-label",
      "text-anchor": "middle",
      "dominant-baseline": "text-before-edge",
      text: node.name,
    });
    drawn.set(node.id, { circle, text });
    nodes.append(
      svgElement(
        "g",
        {
          class: `node kind-${node.kind}`,
          tabindex: "0",
          role: "button",
          "aria-pressed": "false",
          "aria-label": label,
          "data-id": node.id,
        },
        svgElement("title", { text: label }),
        circle,
        text,
      ),
    );
  }
  svg.append(edges, nodes);
  container.replaceChildren(svg);

  // Only a drawn label can be measured.
  const boxes = new Map();
  for (const [id, { text }] of drawn) {
    const size = text.getBBox();
    boxes.set(id, nodeBox(radii.get(id), size.width, size.height));
  }
  const { points, height } = placeNodes(
    network.nodes,
    positions,
    boxes,
    width,
    networkHeight(width, network.nodes.length),
  );
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  for (const [id, { circle, text }] of drawn) {
    const { x, y } = points.get(id);
    const box = boxes.get(id);
    circle.setAttribute("cx", x.toFixed(1));
    circle.setAttribute("cy", y.toFixed(1));
    text.setAttribute("x", x.toFixed(1));
    text.setAttribute("y", (y + box.labelTop).toFixed(1));
  }

  const relations = Object.keys(RELATIONS);
  for (const edge of network.edges) {
    edges.append(
      svgElement(
        "path",
        {
          class: `edge relation-${edge.relation}`,
          d: edgePath(edge, points, radii, relations.indexOf(edge.relation)),
          "stroke-width": (1 + 1.2 * Math.log2(edge.count)).toFixed(2),
          "marker-end": `url(#arrow-${edge.relation})`,
          "data-id": edge.id,
          "data-source": edge.source,
          "data-target": edge.target,
        },
        svgElement("title", { text: edgeText(edge, nodesById) }),
      ),
    );
  }
}
