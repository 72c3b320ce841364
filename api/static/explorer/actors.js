// Actors: the list, filtered by kind, each actor a disclosure with its facts, roles and
// statements.

import { withParams } from "./api-client.js";
import { elementById, htmlElement, showError } from "./dom.js";
import { filterValues } from "./filter-form.js";
import { kindLabel, safeHttpUrl, speechTypeLabel, statementText } from "./format.js";
import { showStatementsOf } from "./statements.js";

/** The parameter of the page's address naming the actor it opens first. */
const LINKED_ACTOR = "actor";
/** Each load takes the next token; a response is shown only if no later load has started. */
const actorsView = { token: 0 };

/** Wire the actor filters (from the `actors` filter lists) and show the first list. */
export function startActors(api, lists) {
  const form = elementById("actor-filters");
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () =>
    loadActors(api, lists).catch((error) => showError("Could not load actors", error)),
  );
  return loadActors(api, lists).then(openLinkedActor);
}

/** Open the actor the page's address names (`?actor=<id>`), if it names one that is listed. */
function openLinkedActor() {
  const id = new URLSearchParams(window.location.search).get(LINKED_ACTOR);
  const button = id ? elementById(`actor-button-${id}`) : null;
  if (!button) return;
  button.click();
  button.scrollIntoView({ block: "start" });
}

async function loadActors(api, lists) {
  const list = elementById("actor-list");
  const status = elementById("actor-status");
  const filters = filterValues(elementById("actor-filters"), lists.parameters);
  const token = ++actorsView.token;
  list.setAttribute("aria-busy", "true");
  try {
    const actors = await api.getEveryItem(withParams("/v1/actors", { ...filters, sort: "name" }));
    if (token !== actorsView.token) return;
    list.replaceChildren(...actors.map((actor) => renderActor(api, actor)));
    status.textContent = `${actors.length} ${actors.length === 1 ? "actor" : "actors"}`;
  } finally {
    if (token === actorsView.token) list.removeAttribute("aria-busy");
  }
}

/** An actor's heading button and the panel it discloses, loaded on first opening. */
function renderActor(api, actor) {
  const buttonId = `actor-button-${actor.id}`;
  const panelId = `actor-panel-${actor.id}`;
  const button = htmlElement(
    "button",
    { type: "button", class: "actor-toggle", id: buttonId, "aria-expanded": "false" },
    htmlElement("span", { class: "actor-name", text: actor.name }),
    htmlElement("span", { class: `badge kind-${actor.kind}`, text: kindLabel(actor.kind) }),
    htmlElement("span", { class: "toggle-icon", "aria-hidden": "true" }),
  );
  button.setAttribute("aria-controls", panelId);
  const panel = htmlElement("div", {
    class: "actor-panel",
    id: panelId,
    role: "region",
    "aria-labelledby": buttonId,
    tabindex: "-1",
  });
  panel.hidden = true;
  let loaded = false;

  const close = ({ focus }) => {
    button.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    if (focus) button.focus();
  };
  const open = async () => {
    for (const other of document.querySelectorAll('.actor-toggle[aria-expanded="true"]')) {
      if (other !== button) other.click();
    }
    button.setAttribute("aria-expanded", "true");
    panel.hidden = false;
    panel.focus();
    if (loaded) return;
    loaded = true;
    panel.setAttribute("aria-busy", "true");
    panel.replaceChildren(htmlElement("p", { class: "muted", text: "Loading…" }));
    try {
      const statements = await api.getEveryItem(
        withParams(actor.links.statements, { sort: "paragraph" }),
      );
      panel.replaceChildren(...actorDetails(actor, statements, () => close({ focus: true })));
    } catch (error) {
      loaded = false;
      panel.replaceChildren(
        htmlElement("p", { class: "error", text: `Could not load: ${error.message}` }),
      );
    } finally {
      panel.removeAttribute("aria-busy");
    }
  };

  button.addEventListener("click", () => {
    if (button.getAttribute("aria-expanded") === "true") close({ focus: false });
    else open();
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close({ focus: true });
    }
  });
  return htmlElement(
    "li",
    { class: "actor" },
    htmlElement("h3", { class: "actor-heading" }, button),
    panel,
  );
}

/** The open panel's content: description, facts, roles, statements and its two buttons. */
function actorDetails(actor, statements, onClose) {
  const facts = htmlElement("dl", { class: "facts" });
  const addFact = (term, ...value) =>
    facts.append(htmlElement("dt", { text: term }), htmlElement("dd", {}, ...value));
  if (actor.country) addFact("Country", actor.country);
  if (actor.part_of) addFact("Part of", actor.part_of.name);
  if (actor.aliases.length > 0) addFact("Also called", actor.aliases.join(", "));
  const wikidata = actor.links.wikidata ? safeHttpUrl(actor.links.wikidata) : null;
  if (wikidata) {
    addFact(
      "Wikidata",
      htmlElement("a", { href: wikidata, rel: "noopener noreferrer", text: actor.wikidata }),
    );
  }

  const roles =
    actor.roles.length > 0
      ? htmlElement(
          "ul",
          { class: "roles" },
          ...actor.roles.map((role) =>
            htmlElement(
              "li",
              {},
              `${role.former ? "Former " : ""}${role.title}`,
              role.organization ? `, ${role.organization.name}` : "",
            ),
          ),
        )
      : htmlElement("p", { class: "muted", text: "No roles recorded." });

  const said =
    statements.length > 0
      ? htmlElement(
          "ul",
          { class: "actor-statements" },
          ...statements.map((statement) =>
            htmlElement(
              "li",
              { class: `speech-${statement.speech_type}` },
              htmlElement("span", { class: "badge", text: speechTypeLabel(statement.speech_type) }),
              " ",
              htmlElement("span", { class: "statement-text", text: statementText(statement) }),
            ),
          ),
        )
      : htmlElement("p", { class: "muted", text: "No statements by this actor." });

  const showAll = htmlElement("button", {
    type: "button",
    class: "secondary",
    text: `Show ${actor.name}'s statements below`,
  });
  showAll.addEventListener("click", () => showStatementsOf(actor.links.statements));
  showAll.hidden = statements.length === 0;
  const closeButton = htmlElement("button", { type: "button", class: "secondary", text: "Close" });
  closeButton.setAttribute("aria-label", `Close ${actor.name}`);
  closeButton.addEventListener("click", onClose);

  return [
    htmlElement("p", { class: "description", text: actor.description }),
    facts,
    htmlElement("h4", { text: "Roles" }),
    roles,
    htmlElement("h4", { text: `Statements (${statements.length})` }),
    said,
    htmlElement("div", { class: "panel-actions" }, showAll, closeButton),
  ];
}
