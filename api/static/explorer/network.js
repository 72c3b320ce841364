// The network: who spoke to, of and for whom in the statements the filters select, drawn as a
// chart whose actors can be selected, with the same links as a table.

import { withParams } from "./api-client.js";
import { elementById, htmlElement, showError } from "./dom.js";
import { actorNameLink, countPhrase, kindLabel } from "./format.js";
import { drawNetworkChart, relationVerb } from "./network-chart.js";
import { layoutNetwork } from "./network-layout.js";

/** The network shown, its layout, and the actor selected in it. */
const networkView = {
  /** Each load takes the next token; a response is shown only if no later load has started. */
  token: 0,
  network: null,
  nodesById: new Map(),
  /** The layout of the network's nodes, in their order, in [-1, 1]². */
  positions: [],
  /** The selected actor's id, or null. */
  selected: null,
  /** The container's width when last drawn, so a resize redraws only when it changes. */
  width: 0,
};

/** Load and show the network of the statements that `filters` select. */
export async function loadNetwork(api, filters) {
  const figure = elementById("network-graph");
  const status = elementById("network-status");
  const token = ++networkView.token;
  figure.setAttribute("aria-busy", "true");
  try {
    const network = await api.getJson(withParams("/v1/network", filters));
    if (token !== networkView.token) return;
    // Most statements first: the order of the layout's first circle, of Tab and the arrows.
    network.nodes.sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
    networkView.network = network;
    networkView.nodesById = new Map(network.nodes.map((node) => [node.id, node]));
    if (!networkView.nodesById.has(networkView.selected)) networkView.selected = null;
    networkView.positions = layoutNetwork(network.nodes, network.edges);
    status.textContent = networkStatus(network);
    renderNetworkTable(network);
    drawNetwork();
  } catch (error) {
    if (token !== networkView.token) return;
    status.textContent = "";
    showError("Could not load the network", error);
  } finally {
    if (token === networkView.token) figure.removeAttribute("aria-busy");
  }
}

function networkStatus(network) {
  if (network.nodes.length === 0) return "No statements match these filters.";
  const actors = countPhrase(network.nodes.length, "actor", "actors");
  if (network.truncated) {
    const heaviest = countPhrase(network.edges.length, "heaviest link", "heaviest links");
    return (
      `The ${heaviest} of ${network.total_edges}, between ${actors}: ` +
      "narrow the filters for the rest"
    );
  }
  // Each selected statement has one speaker, and every speaker is a node, unless the network
  // kept only its heaviest links (then the nodes are their ends).
  const statements = network.nodes.reduce((sum, node) => sum + node.statements, 0);
  return (
    `${actors} and ${countPhrase(network.edges.length, "link", "links")} from ` +
    `${countPhrase(statements, "statement", "statements")}`
  );
}

/** Draw the network shown, or say there is none, then mark the selected actor. */
function drawNetwork() {
  const container = elementById("network-graph");
  const network = networkView.network;
  if (!network) return;
  if (network.nodes.length === 0) {
    container.replaceChildren(
      htmlElement("p", { class: "muted", text: "No actors: no statements match." }),
    );
    renderNetworkDetail();
    return;
  }
  networkView.width = container.clientWidth;
  drawNetworkChart(container, network, networkView.positions, networkView.nodesById);
  showSelection();
}

function renderNetworkTable(network) {
  const nodesById = networkView.nodesById;
  elementById("network-table-body").replaceChildren(
    ...network.edges.map((edge) =>
      htmlElement(
        "tr",
        { "data-id": edge.id },
        htmlElement("td", {}, actorNameLink(nodesById.get(edge.source))),
        htmlElement("td", { text: relationVerb(edge.relation, "out") }),
        htmlElement("td", {}, actorNameLink(nodesById.get(edge.target))),
        htmlElement("td", { text: String(edge.count) }),
      ),
    ),
  );
}

/** Select this actor, or clear the selection if it is the one selected. */
function toggleSelection(id) {
  networkView.selected = networkView.selected === id ? null : id;
  showSelection();
}

/** Mark the selected actor, its links and its neighbours; fade the rest. */
function showSelection() {
  const selected = networkView.selected;
  const svg = elementById("network-graph").querySelector("svg");
  if (svg) {
    svg.classList.toggle("has-selection", selected !== null);
    const linked = new Set([selected]);
    for (const path of svg.querySelectorAll(".edge")) {
      const touches = path.dataset.source === selected || path.dataset.target === selected;
      path.classList.toggle("linked", touches);
      if (touches) linked.add(path.dataset.source).add(path.dataset.target);
    }
    for (const node of svg.querySelectorAll(".node")) {
      node.classList.toggle("linked", linked.has(node.dataset.id));
      node.classList.toggle("selected", node.dataset.id === selected);
      node.setAttribute("aria-pressed", String(node.dataset.id === selected));
    }
  }
  renderNetworkDetail();
}

/** The selected actor's links, each in words, below the chart; a hint when none is selected. */
function renderNetworkDetail() {
  const detail = elementById("network-detail");
  const { network, nodesById, selected } = networkView;
  if (!network || selected === null) {
    const hint = network?.nodes.length ? "Select an actor to see its links." : "";
    detail.replaceChildren(htmlElement("p", { class: "muted", text: hint }));
    return;
  }
  const node = nodesById.get(selected);
  const lines = network.edges
    .filter((edge) => edge.source === selected || edge.target === selected)
    .sort((a, b) => (a.source === selected ? 0 : 1) - (b.source === selected ? 0 : 1))
    .map((edge) => {
      const outgoing = edge.source === selected;
      const other = nodesById.get(outgoing ? edge.target : edge.source);
      return htmlElement(
        "li",
        { "data-id": edge.id },
        `${relationVerb(edge.relation, outgoing ? "out" : "in")} `,
        actorNameLink(other),
        ` (${countPhrase(edge.count, "statement", "statements")})`,
      );
    });
  const clear = htmlElement("button", {
    type: "button",
    class: "secondary",
    text: "Show every actor",
  });
  clear.addEventListener("click", () => {
    const drawn = elementById("network-graph").querySelector(
      `.node[data-id="${CSS.escape(selected)}"]`,
    );
    toggleSelection(selected);
    drawn?.focus();
  });
  detail.replaceChildren(
    htmlElement(
      "h3",
      { class: "network-actor" },
      actorNameLink(node),
      " ",
      htmlElement("span", { class: `badge kind-${node.kind}`, text: kindLabel(node.kind) }),
    ),
    htmlElement("p", {
      text: `${countPhrase(node.statements, "statement", "statements")} in this view`,
    }),
    htmlElement("ul", { class: "network-links" }, ...lines),
    clear,
  );
}

/**
 * Let the chart's actors be selected by click, Enter or Space (Escape clears), moved between
 * with the arrow keys, Home and End, and redraw the chart when its width changes.
 */
export function wireNetworkEvents() {
  const figure = elementById("network-graph");
  figure.addEventListener("click", (event) => {
    const node = event.target.closest?.(".node");
    if (node) toggleSelection(node.dataset.id);
  });
  figure.addEventListener("keydown", (event) => {
    const node = event.target.closest?.(".node");
    if (!node) return;
    const nodes = [...figure.querySelectorAll(".node")];
    const index = nodes.indexOf(node);
    const moves = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: nodes.length - 1,
    };
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      toggleSelection(node.dataset.id);
    } else if (event.key === "Escape" && networkView.selected !== null) {
      event.preventDefault();
      networkView.selected = null;
      showSelection();
    } else if (event.key in moves) {
      event.preventDefault();
      nodes[(moves[event.key] + nodes.length) % nodes.length].focus();
    }
  });
  new ResizeObserver(() => {
    if (networkView.network && figure.clientWidth !== networkView.width) drawNetwork();
  }).observe(figure);
}
