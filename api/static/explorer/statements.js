// Statements: the filter form, a page of statements at a time with the pager, the CSV download,
// and the network of the same selection.

import { MAX_LIMIT, withParams } from "./api-client.js";
import { elementById, htmlElement, showError } from "./dom.js";
import {
  choiceNames,
  filterValues,
  rememberFilters,
  restoreFilters,
  showFacetCounts,
} from "./filter-form.js";
import { LINKED_STATEMENT, statementActions } from "./embed-code.js";
import {
  actorNameLink,
  cueNegates,
  highlighted,
  highlightedStatementText,
  matchesOf,
  speechTypeLabel,
  timeElement,
} from "./format.js";
import { loadNetwork } from "./network.js";

const STATEMENTS_PER_PAGE = 10;

/**
 * What the statements list shows: each load takes the next token and is shown only if no later
 * load has started; the links of the page shown; the API; the `statements` filter lists.
 */
const statementsView = { token: 0, links: { next: null, prev: null }, api: null, lists: null };
/** Every actor by id, once the filter choices are loaded: statements embed only id, name, kind. */
const actorsById = new Map();

/** Wire the filters and the pager, fill the filters' choices, and show the first page. */
export async function startStatements(api, lists) {
  statementsView.api = api;
  statementsView.lists = lists;
  const form = elementById("statement-filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    applyStatementFilters();
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) applyStatementFilters();
  });
  // Reset changes the fields after this event: apply once they hold their defaults.
  form.addEventListener("reset", () => setTimeout(applyStatementFilters));
  elementById("statements-prev").addEventListener("click", () => goToStatementPage("prev"));
  elementById("statements-next").addEventListener("click", () => goToStatementPage("next"));
  try {
    await loadStatementChoices(api, form, lists);
  } catch (error) {
    showError("Could not load the statement filters", error);
  }
  await Promise.all([applyStatementFilters(), showLinkedStatement(api)]);
}

/** Show first the statement the page's address names (`?statement=<id>`), if it names one. */
async function showLinkedStatement(api) {
  const id = new URLSearchParams(window.location.search).get(LINKED_STATEMENT);
  if (!id) return;
  const linked = elementById("statement-linked");
  try {
    const statement = await api.getJson(`/v1/statements/${encodeURIComponent(id)}`);
    linked.replaceChildren(renderStatement(statement));
    linked.hidden = false;
  } catch (error) {
    showError("Could not load the linked statement", error);
  }
}

/** Fill the speaker and topic choices, then set the filters as the page's address has them. */
async function loadStatementChoices(api, form, lists) {
  const [actors, topics] = await Promise.all([
    api.getEveryItem(withParams("/v1/actors", { sort: "name" })),
    api.getEveryItem("/v1/topics"),
  ]);
  for (const actor of actors) actorsById.set(actor.id, actor);
  elementById("statement-speaker").append(
    ...actors.map((actor) => htmlElement("option", { value: actor.id, text: actor.name })),
  );
  elementById("statement-topic").append(
    ...topics.map((topic) =>
      htmlElement("option", { value: topic.id, title: topic.description, text: topic.id }),
    ),
  );
  restoreFilters(form, lists.parameters);
}

/** Show the statements the filters select, a page at a time, and their whole network. */
function applyStatementFilters() {
  const { api, lists } = statementsView;
  const form = elementById("statement-filters");
  const filters = filterValues(form, lists.parameters);
  rememberFilters(filters, lists.parameters);
  return Promise.all([
    loadStatements(
      withParams("/v1/statements", {
        ...filters,
        sort: "paragraph",
        limit: STATEMENTS_PER_PAGE,
        facets: choiceNames(form, lists.facets).join(","),
        facet_size: MAX_LIMIT,
      }),
    ),
    loadNetwork(api, filters),
  ]);
}

/**
 * Show the statements an API link selects (an actor's `links.statements`): the filters are
 * cleared, then set as the link's query has them, and the view moves to the statements.
 */
export function showStatementsOf(link) {
  const form = elementById("statement-filters");
  form.reset();
  const query = link.includes("?") ? link.slice(link.indexOf("?") + 1) : "";
  restoreFilters(form, statementsView.lists.parameters, new URLSearchParams(query));
  applyStatementFilters();
  elementById("statements-heading").focus();
}

/**
 * Point the download link at the whole current view, as CSV: every match, in its order.
 * The export of a list is its path with `.csv`, and the same selection and sort.
 */
function pointDownloadAt(api, selfLink) {
  const mark = selfLink.indexOf("?");
  const listPath = mark === -1 ? selfLink : selfLink.slice(0, mark);
  const csv = withParams(`${listPath}.csv${mark === -1 ? "" : selfLink.slice(mark)}`, {
    limit: null,
    offset: null,
    facets: null,
    facet_size: null,
  });
  elementById("statements-download").href = api.urlFor(csv);
}

async function loadStatements(link) {
  const { api, lists } = statementsView;
  const list = elementById("statement-list");
  const status = elementById("statement-status");
  const token = ++statementsView.token;
  list.setAttribute("aria-busy", "true");
  try {
    const page = await api.getJson(link);
    if (token !== statementsView.token) return;
    list.replaceChildren(...page.items.map(renderStatement));
    list.setAttribute("start", String(page.offset + 1));
    showFacetCounts(elementById("statement-filters"), page.facets, lists.facets);
    pointDownloadAt(api, page.links.self);
    statementsView.links = page.links;
    elementById("statements-prev").disabled = !page.links.prev;
    elementById("statements-next").disabled = !page.links.next;
    status.textContent =
      page.total === 0
        ? "No statements match these filters."
        : `Showing ${page.offset + 1}–${page.offset + page.items.length} of ${page.total} statements`;
  } catch (error) {
    if (token !== statementsView.token) return;
    status.textContent = "";
    showError("Could not load statements", error);
  } finally {
    if (token === statementsView.token) list.removeAttribute("aria-busy");
  }
}

function renderStatement(statement) {
  const facts = htmlElement("dl", { class: "facts" });
  const addFact = (term, ...value) =>
    facts.append(htmlElement("dt", { text: term }), htmlElement("dd", {}, ...value));
  addFact("Attribution", ...highlighted(statement.attribution, matchesOf(statement, "attribution")));
  addFact("Cue", statement.cue);
  addFact("Date", timeElement(statement.said_on));
  if (statement.place) addFact("Place", statement.place);
  if (statement.occasion) addFact("Occasion", statement.occasion);
  if (statement.addressees.length > 0) {
    addFact("To", statement.addressees.map((addressee) => addressee.name).join(", "));
  }

  const textClass = `statement-text speech-${statement.speech_type}`;
  const said = highlightedStatementText(statement);
  const text =
    statement.speech_type === "direct"
      ? htmlElement("blockquote", { class: textClass }, htmlElement("p", {}, ...said))
      : htmlElement("p", { class: textClass }, ...said);
  // A cue that denies goes before the text: without it, "Kremlin: reports that they struck a
  // deal" reads as the Kremlin's claim.
  const negating = cueNegates(statement.cue, statementsView.lists.negatingCues);

  return htmlElement(
    "li",
    { class: "statement", "data-id": statement.id },
    htmlElement(
      "article",
      {},
      htmlElement(
        "header",
        { class: "statement-header" },
        htmlElement(
          "h3",
          { class: "statement-lead" },
          htmlElement(
            "span",
            { class: "speaker" },
            actorNameLink(actorsById.get(statement.speaker.id) ?? statement.speaker),
          ),
          negating ? " " : null,
          negating ? htmlElement("span", { class: "cue", text: statement.cue }) : null,
        ),
        htmlElement("span", { class: "badge", text: speechTypeLabel(statement.speech_type) }),
      ),
      statement.reported_by
        ? htmlElement("p", {
            class: "reported-by",
            text: `reported by ${statement.reported_by.speaker.name}`,
          })
        : null,
      text,
      facts,
      statement.topics.length > 0
        ? htmlElement(
            "ul",
            { class: "tags", "aria-label": "Topics" },
            ...statement.topics.map((topic) => htmlElement("li", { text: topic })),
          )
        : null,
      htmlElement("p", {
        class: "evidence muted",
        text: `Paragraph ${statement.evidence.paragraph} of “${statement.evidence.article.headline}”`,
      }),
      statementActions(statementsView.api, statement),
    ),
  );
}

/** Follow the shown page's `prev` or `next` link. */
function goToStatementPage(direction) {
  const link = statementsView.links[direction];
  if (!link) return;
  loadStatements(link).then(() => {
    // A pager button that just became disabled has lost focus: give it to the list's heading.
    const button = elementById(`statements-${direction}`);
    if (button.disabled) elementById("statements-heading").focus();
  });
}
