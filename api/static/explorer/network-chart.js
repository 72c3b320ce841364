// The network as SVG: actors as focusable buttons sized by their statements, links as arrows
// in one colour per relation.

import { CHART_MIN_WIDTH, svgElement } from "./dom.js";
import { countPhrase, kindLabel } from "./format.js";
import { edgePath, networkHeight, nodeRadius, placeNodes } from "./network-layout.js";

/** How each relation reads from its source's side, and from its target's. */
const RELATIONS = {
  addressed: { out: "spoke to", in: "was spoken to by" },
  mentioned: { out: "spoke of", in: "was spoken of by" },
  reported: { out: "reported what was said by", in: "was reported by" },
};
/** Room between a node's rim and its label, in CSS pixels. */
const LABEL_GAP = 4;

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
 * Draw a network of one node or more into `container`, sized to it in CSS pixels, from its
 * layout (`positions`, one per node in [-1, 1]²); `nodesById` looks its nodes up.
 */
export function drawNetworkChart(container, network, positions, nodesById) {
  const width = Math.max(CHART_MIN_WIDTH, Math.floor(container.clientWidth));
  const height = networkHeight(width, network.nodes.length);
  const radii = new Map(network.nodes.map((node) => [node.id, nodeRadius(node)]));
  const points = placeNodes(network.nodes, positions, radii, width, height);
  const degree = new Map(network.nodes.map((node) => [node.id, 0]));
  for (const edge of network.edges) {
    degree.set(edge.source, degree.get(edge.source) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, degree.get(edge.target) + 1);
  }

  const svg = svgElement(
    "svg",
    {
      class: "network-chart",
      role: "group",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      "aria-labelledby": "network-chart-title",
    },
    svgElement("title", {
      id: "network-chart-title",
      text:
        `Network of ${countPhrase(network.nodes.length, "actor", "actors")} and ` +
        `${countPhrase(network.edges.length, "link", "links")}`,
    }),
    svgElement("defs", {}, ...arrowMarkers()),
  );
  const edges = svgElement("g", { class: "edges", "aria-hidden": "true" });
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
  const nodes = svgElement("g", { class: "nodes" });
  for (const node of network.nodes) {
    const { x, y } = points.get(node.id);
    const radius = radii.get(node.id);
    const label = nodeLabel(node, degree.get(node.id));
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
        svgElement("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1) }),
        svgElement("text", { class: "node-label", y: (y + 4).toFixed(1), text: node.name }),
      ),
    );
  }
  svg.append(edges, nodes);
  container.replaceChildren(svg);
  // Labels go on the outer side of their node, or the other when they would leave the box:
  // placed once drawn, as only then can their text be measured.
  for (const text of svg.querySelectorAll(".node-label")) {
    const id = text.parentNode.dataset.id;
    const { x } = points.get(id);
    const gap = radii.get(id) + LABEL_GAP;
    const length = text.getComputedTextLength();
    let left = x < width / 2;
    if (left && x - gap - length < 0) left = false;
    else if (!left && x + gap + length > width) left = x - gap - length >= 0;
    text.setAttribute("x", (left ? x - gap : x + gap).toFixed(1));
    text.setAttribute("text-anchor", left ? "end" : "start");
  }
}
