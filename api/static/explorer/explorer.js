// Dossier explorer: browses the public API, from this origin or any other (`?api=<base URL>`).
// No framework and no build step. Every value from the API is untrusted text: it reaches the
// page only through textContent, Text nodes and attributes we name; it is never parsed as HTML.

const STATEMENTS_PER_PAGE = 10;
/** The API's largest page; lists we show whole (actors, topics, aid figures) are read in these. */
const MAX_LIMIT = 100;
/** A bound on pages followed for one list, so a misbehaving server cannot loop us forever. */
const MAX_PAGES = 50;
const CHART_CURRENCY = "EUR";
const EQUIVALENT_CURRENCY = "CAD";
const STATEMENT_FILTERS = ["speaker", "topic", "speech_type", "q"];
/** The filter choices whose options show how many statements each would give. */
const STATEMENT_FACETS = ["speaker", "topic", "speech_type"];

/** The hedge words of an amount's `qualifier`, as a reader would say them. */
const HEDGES = {
  as_stated: "",
  approximately: "about",
  more_than: "more than",
  at_least: "at least",
  up_to: "up to",
};
const SPEECH_TYPES = {
  direct: "Direct quotation",
  indirect: "Reported speech",
  mixed: "Partly quoted",
};
const KIND_LABELS = { person: "person", state: "state", organization: "organization" };
const SVG_NS = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// The API

/** The API's base URL, without a trailing slash: `?api=` if given, else this page's origin. */
function apiBaseFrom(location) {
  const given = new URLSearchParams(location.search).get("api");
  if (!given) return location.origin;
  const url = new URL(given, location.href);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`The api parameter must be an http or https URL, not ${url.protocol}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** Add or replace query parameters on an API path, keeping it a path. */
function withParams(path, params) {
  const mark = path.indexOf("?");
  const pathname = mark === -1 ? path : path.slice(0, mark);
  const query = new URLSearchParams(mark === -1 ? "" : path.slice(mark + 1));
  for (const [name, value] of Object.entries(params)) {
    if (value === "" || value === null || value === undefined) query.delete(name);
    else query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

function createApi(base) {
  /** Resolve a path the API gave us (links are paths, never hosts) against the base. */
  function urlOf(path) {
    if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) {
      throw new ApiError(`Unexpected link from the API: ${String(path)}`);
    }
    return `${base}${path}`;
  }

  async function get(path) {
    const url = urlOf(path);
    let response;
    try {
      // The browser's HTTP cache revalidates with If-None-Match against the API's ETags.
      response = await fetch(url, { headers: { Accept: "application/json" } });
    } catch {
      throw new ApiError(`The API at ${base} could not be reached.`);
    }
    if (!response.ok) throw await problemOf(response);
    return response.json();
  }

  /** Every item of a collection, following `links.next`. */
  async function all(path) {
    const items = [];
    let link = withParams(path, { limit: MAX_LIMIT, offset: null });
    for (let page = 0; link && page < MAX_PAGES; page += 1) {
      const body = await get(link);
      items.push(...body.items);
      link = body.links.next;
    }
    return items;
  }

  return { base, get, all, urlOf };
}

/** An ApiError from an RFC 9457 problem response (or whatever the server sent). */
async function problemOf(response) {
  let title = response.statusText || "Request failed";
  let detail = "";
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try {
      const problem = await response.json();
      if (typeof problem.title === "string") title = problem.title;
      if (typeof problem.detail === "string") detail = problem.detail;
    } catch {
      // A body that is not JSON after all: the status line is all we have.
    }
  }
  const message = `${title} (HTTP ${response.status})${detail ? `: ${detail}` : ""}`;
  return new ApiError(message, response.status);
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: text only, never markup

/** Create an element; `text` sets textContent, other props are attributes, children are nodes
 * or strings (which become Text nodes). */
function h(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

function s(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(node, props, children) {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function showError(context, error) {
  const box = $("error");
  const message = error instanceof Error ? error.message : String(error);
  box.append(h("p", { text: `${context}: ${message}` }));
  box.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** An ISO 8601 date at year, month or day precision, for people; null when not given. */
function formatDate(date) {
  if (!date) return null;
  const [year, month = "01", day = "01"] = date.split("-");
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(when.getTime())) return date;
  const options = { timeZone: "UTC", year: "numeric" };
  if (date.length >= 7) options.month = "long";
  if (date.length === 10) options.day = "numeric";
  return new Intl.DateTimeFormat("en", options).format(when);
}

function timeElement(date) {
  const text = formatDate(date);
  return text ? h("time", { datetime: date, text }) : h("span", { text: "not given" });
}

const SCALES = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** 1800000000 EUR as "€1.8 billion". */
function formatMoney(value, currency) {
  const format = (number) =>
    new Intl.NumberFormat("en", {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(number);
  for (const [size, word] of SCALES) {
    if (value >= size) return `${format(value / size)} ${word}`;
  }
  return format(value);
}

/** "about €1.8 billion": the amount with its hedge word in front. */
function hedged(qualifier, value, currency) {
  const hedge = HEDGES[qualifier] ?? "about";
  return `${hedge} ${formatMoney(value, currency)}`.trim();
}

/** The hedge of a sum, from the hedges of its terms. */
function sumQualifier(qualifiers) {
  const hedges = new Set(qualifiers.filter((q) => q !== "as_stated"));
  if (hedges.size === 0) return "as_stated";
  if (hedges.size === 1) return [...hedges][0];
  if ([...hedges].every((q) => q === "more_than" || q === "at_least")) return "more_than";
  return "approximately";
}

function safeHttpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Quotation marks around direct speech only: reported speech is the writer's words. */
function statementText(statement) {
  return statement.speech_type === "direct" ? `“${statement.text}”` : statement.text;
}

// ---------------------------------------------------------------------------------------------
// The article

async function loadArticles(api) {
  const body = $("article-body");
  try {
    const articles = await api.all("/v1/articles");
    body.replaceChildren(...articles.map(renderArticle));
    if (articles.length === 0) body.replaceChildren(h("p", { text: "No articles." }));
  } finally {
    body.removeAttribute("aria-busy");
  }
}

function renderArticle(article) {
  const url = article.url ? safeHttpUrl(article.url) : null;
  const headline = url
    ? h("a", { href: url, rel: "noopener noreferrer", text: article.headline })
    : article.headline;
  const byline = h(
    "p",
    { class: "byline" },
    h("span", { class: "publisher", text: article.publisher }),
    " · ",
    timeElement(article.published),
  );
  return h(
    "article",
    { class: "source-article", lang: article.language || null },
    h("h3", { class: "headline" }, headline),
    byline,
    h("p", { class: "summary", text: article.summary }),
    article.credit ? h("p", { class: "credit muted", text: article.credit }) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// The aid chart

async function loadAid(api) {
  const chart = $("aid-chart");
  try {
    const [totals, figures] = await Promise.all([
      api.get("/v1/aid-figures/totals?group_by=donor"),
      api.all("/v1/aid-figures"),
    ]);
    const rows = aidRows(totals.groups, figures);
    renderAidTable(rows);
    drawAidChart(chart, rows);
    let width = chart.clientWidth;
    new ResizeObserver(() => {
      if (chart.clientWidth !== width) {
        width = chart.clientWidth;
        drawAidChart(chart, rows);
      }
    }).observe(chart);
  } finally {
    chart.removeAttribute("aria-busy");
  }
}

/** One row per donor with a total in the chart's currency, hedges and equivalents attached. */
function aidRows(groups, figures) {
  const rows = [];
  for (const group of groups) {
    const total = group.totals.find((t) => t.currency === CHART_CURRENCY);
    if (!total) continue;
    const own = figures.filter(
      (f) => f.donor.id === group.key.id && f.amount.currency === CHART_CURRENCY,
    );
    let qualifier = sumQualifier(own.map((f) => f.amount.qualifier));
    if (qualifier === "as_stated" && (total.approximate || group.approximate)) {
      qualifier = "approximately";
    }
    const equivalents = own.flatMap((f) =>
      f.equivalents.filter(
        (e) => e.currency === EQUIVALENT_CURRENCY && e.converted_by === "publisher",
      ),
    );
    const equivalent =
      equivalents.length > 0
        ? {
            value: equivalents.reduce((sum, e) => sum + e.value, 0),
            qualifier: sumQualifier(equivalents.map((e) => e.qualifier)),
            complete: equivalents.length === own.length,
          }
        : null;
    rows.push({ donor: group.key, value: total.value, qualifier, equivalent, figures: own });
  }
  return rows.sort((a, b) => b.value - a.value);
}

function amountText(row) {
  return hedged(row.qualifier, row.value, CHART_CURRENCY);
}

function equivalentText(row) {
  if (!row.equivalent) return "none given";
  const text = hedged(row.equivalent.qualifier, row.equivalent.value, EQUIVALENT_CURRENCY);
  return row.equivalent.complete ? text : `${text} (for part of the total)`;
}

function figureLine(figure) {
  const parts = [`${hedged(figure.amount.qualifier, figure.amount.value, figure.amount.currency)}`];
  parts.push(`to ${figure.recipient.name}`);
  if (figure.period?.start) parts.push(`since ${figure.period.start}`);
  if (figure.aid_type && figure.aid_type !== "unspecified") parts.push(`(${figure.aid_type})`);
  if (figure.purpose) parts.push(`for ${figure.purpose}`);
  return parts.join(" ");
}

function tooltipText(row) {
  return [
    `${row.donor.name}: ${amountText(row)}`,
    `The publisher's equivalent in Canadian dollars: ${equivalentText(row)}`,
    ...row.figures.map((figure) => `• ${figureLine(figure)}`),
  ].join("\n");
}

function renderAidTable(rows) {
  $("aid-table-body").replaceChildren(
    ...rows.map((row) =>
      h(
        "tr",
        {},
        h("th", { scope: "row", text: row.donor.name }),
        h("td", { text: amountText(row) }),
        h("td", { text: equivalentText(row) }),
        h("td", {}, h("ul", {}, ...row.figures.map((f) => h("li", { text: figureLine(f) })))),
      ),
    ),
  );
}

const CHART = { line: 20, barHeight: 22, gap: 6, rowGap: 18, minWidth: 200 };

/** A horizontal bar chart sized in CSS pixels, so its text stays readable on a phone. */
function drawAidChart(container, rows) {
  if (rows.length === 0) {
    container.replaceChildren(h("p", { class: "muted", text: "No aid figures in euros." }));
    return;
  }
  const width = Math.max(CHART.minWidth, Math.floor(container.clientWidth));
  const max = Math.max(...rows.map((r) => r.value));
  const summary = rows.map((r) => `${r.donor.name}, ${amountText(r)}`).join("; ");
  const svg = s(
    "svg",
    { class: "bar-chart", role: "img", width, "aria-labelledby": "aid-chart-title" },
    s("title", { id: "aid-chart-title", text: `Aid totals by donor, in euros: ${summary}.` }),
  );
  container.replaceChildren(svg);

  let y = 0;
  for (const row of rows) {
    const group = s("g", { class: "bar-row", "data-donor": row.donor.id });
    group.append(s("title", { text: tooltipText(row) }));
    svg.append(group);
    const label = s("text", { class: "bar-label", x: 0, y: y + CHART.line - 5, text: row.donor.name });
    const value = s("text", {
      class: "bar-value",
      x: width,
      y: y + CHART.line - 5,
      "text-anchor": "end",
      text: amountText(row),
    });
    group.append(label, value);
    // On a narrow screen the amount moves below the bar rather than over the name.
    const fits =
      label.getComputedTextLength() + value.getComputedTextLength() + 16 <= width;
    const barY = y + CHART.line + CHART.gap;
    const barWidth = Math.max(2, Math.round((row.value / max) * width));
    group.append(
      s("rect", { class: "bar-track", x: 0, y: barY, width, height: CHART.barHeight, rx: 3 }),
      s("rect", {
        class: "bar",
        x: 0,
        y: barY,
        width: barWidth,
        height: CHART.barHeight,
        rx: 3,
        "data-value": row.value,
      }),
    );
    y = barY + CHART.barHeight;
    if (!fits) {
      value.setAttribute("y", String(y + CHART.line - 3));
      y += CHART.line;
    }
    y += CHART.rowGap;
  }
  svg.setAttribute("height", String(y));
  svg.setAttribute("viewBox", `0 0 ${width} ${y}`);
}

// ---------------------------------------------------------------------------------------------
// Actors

const actorsView = { token: 0 };

async function loadActors(api) {
  const list = $("actor-list");
  const status = $("actor-status");
  const kind = $("actor-kind").value;
  const token = ++actorsView.token;
  list.setAttribute("aria-busy", "true");
  try {
    const actors = await api.all(withParams("/v1/actors", { kind, sort: "name" }));
    if (token !== actorsView.token) return;
    list.replaceChildren(...actors.map((actor) => renderActor(api, actor)));
    status.textContent = `${actors.length} ${actors.length === 1 ? "actor" : "actors"}`;
  } finally {
    if (token === actorsView.token) list.removeAttribute("aria-busy");
  }
}

function renderActor(api, actor) {
  const buttonId = `actor-button-${actor.id}`;
  const panelId = `actor-panel-${actor.id}`;
  const button = h(
    "button",
    { type: "button", class: "actor-toggle", id: buttonId, "aria-expanded": "false" },
    h("span", { class: "actor-name", text: actor.name }),
    h("span", { class: `badge kind-${actor.kind}`, text: KIND_LABELS[actor.kind] ?? actor.kind }),
    h("span", { class: "toggle-icon", "aria-hidden": "true" }),
  );
  button.setAttribute("aria-controls", panelId);
  const panel = h("div", {
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
    panel.replaceChildren(h("p", { class: "muted", text: "Loading…" }));
    try {
      const statements = await api.all(withParams(actor.links.statements, { sort: "paragraph" }));
      panel.replaceChildren(...actorDetails(actor, statements, () => close({ focus: true })));
    } catch (error) {
      loaded = false;
      panel.replaceChildren(h("p", { class: "error", text: `Could not load: ${error.message}` }));
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
  return h("li", { class: "actor" }, h("h3", { class: "actor-heading" }, button), panel);
}

function actorDetails(actor, statements, onClose) {
  const facts = h("dl", { class: "facts" });
  const fact = (term, ...value) => facts.append(h("dt", { text: term }), h("dd", {}, ...value));
  if (actor.country) fact("Country", actor.country);
  if (actor.part_of) fact("Part of", actor.part_of.name);
  if (actor.aliases.length > 0) fact("Also called", actor.aliases.join(", "));
  const wikidata = actor.links.wikidata ? safeHttpUrl(actor.links.wikidata) : null;
  if (wikidata) {
    fact("Wikidata", h("a", { href: wikidata, rel: "noopener noreferrer", text: actor.wikidata }));
  }

  const roles =
    actor.roles.length > 0
      ? h(
          "ul",
          { class: "roles" },
          ...actor.roles.map((role) =>
            h(
              "li",
              {},
              `${role.former ? "Former " : ""}${role.title}`,
              role.organization ? `, ${role.organization.name}` : "",
            ),
          ),
        )
      : h("p", { class: "muted", text: "No roles recorded." });

  const said =
    statements.length > 0
      ? h(
          "ul",
          { class: "actor-statements" },
          ...statements.map((st) =>
            h(
              "li",
              { class: `speech-${st.speech_type}` },
              h("span", { class: "badge", text: SPEECH_TYPES[st.speech_type] ?? st.speech_type }),
              " ",
              h("span", { class: "statement-text", text: statementText(st) }),
            ),
          ),
        )
      : h("p", { class: "muted", text: "No statements by this actor." });

  const showAll = h("button", {
    type: "button",
    class: "secondary",
    text: `Show ${actor.name}'s statements below`,
  });
  showAll.addEventListener("click", () => filterStatementsBySpeaker(actor.id));
  showAll.hidden = statements.length === 0;
  const closeButton = h("button", { type: "button", class: "secondary", text: "Close" });
  closeButton.setAttribute("aria-label", `Close ${actor.name}`);
  closeButton.addEventListener("click", onClose);

  return [
    h("p", { class: "description", text: actor.description }),
    facts,
    h("h4", { text: "Roles" }),
    roles,
    h("h4", { text: `Statements (${statements.length})` }),
    said,
    h("div", { class: "panel-actions" }, showAll, closeButton),
  ];
}

// ---------------------------------------------------------------------------------------------
// Statements

const statementsView = { token: 0, links: { next: null, prev: null }, api: null };
/** Every actor by id, once the filter choices are loaded: statements embed only id, name, kind. */
const actorsById = new Map();

function statementFilters() {
  const form = $("statement-filters");
  const params = {};
  for (const name of STATEMENT_FILTERS) params[name] = form.elements[name].value.trim();
  return params;
}

/** Keep the filters in the page's address, so a filtered view can be bookmarked or shared. */
function rememberFilters(params) {
  const url = new URL(window.location.href);
  for (const name of STATEMENT_FILTERS) {
    if (params[name]) url.searchParams.set(name, params[name]);
    else url.searchParams.delete(name);
  }
  window.history.replaceState(null, "", url);
}

function restoreFilters() {
  const form = $("statement-filters");
  const query = new URLSearchParams(window.location.search);
  for (const name of STATEMENT_FILTERS) {
    const value = query.get(name);
    if (value !== null) form.elements[name].value = value;
  }
}

async function loadStatementOptions(api) {
  const [actors, topics] = await Promise.all([
    api.all(withParams("/v1/actors", { sort: "name" })),
    api.all("/v1/topics"),
  ]);
  for (const actor of actors) actorsById.set(actor.id, actor);
  const speaker = $("statement-speaker");
  speaker.append(...actors.map((a) => h("option", { value: a.id, text: a.name })));
  const topic = $("statement-topic");
  topic.append(...topics.map((t) => h("option", { value: t.id, title: t.description, text: t.id })));
  restoreFilters();
}

/** Show the statements the filters select, a page at a time, and their whole network. */
function applyStatementFilters() {
  const params = statementFilters();
  rememberFilters(params);
  return Promise.all([
    loadStatements(
      withParams("/v1/statements", {
        ...params,
        sort: "paragraph",
        limit: STATEMENTS_PER_PAGE,
        facets: STATEMENT_FACETS.join(","),
        facet_size: MAX_LIMIT,
      }),
    ),
    loadNetwork(params),
  ]);
}

/**
 * Label each filter choice with how many statements it would give: the API counts each
 * filter's values over what the other filters select.
 */
function showFacetCounts(facets) {
  const form = $("statement-filters");
  for (const name of STATEMENT_FACETS) {
    const facet = facets?.[name];
    if (!facet) continue;
    const counts = new Map(facet.items.map((item) => [item.value, item.count]));
    for (const option of form.elements[name].options) {
      if (option.value === "") continue;
      option.dataset.label ??= option.textContent;
      option.textContent = `${option.dataset.label} (${counts.get(option.value) ?? 0})`;
    }
  }
}

/** Point the download link at the whole current view, as CSV: every match, in its order. */
function showDownload(api, selfLink) {
  const csv = withParams(selfLink, {
    format: "csv",
    limit: null,
    offset: null,
    facets: null,
    facet_size: null,
  });
  $("statements-download").href = api.urlOf(csv);
}

function filterStatementsBySpeaker(actorId) {
  const form = $("statement-filters");
  form.reset();
  form.elements.speaker.value = actorId;
  applyStatementFilters();
  $("statements-heading").focus();
}

async function loadStatements(link) {
  const api = statementsView.api;
  const list = $("statement-list");
  const status = $("statement-status");
  const token = ++statementsView.token;
  list.setAttribute("aria-busy", "true");
  try {
    const page = await api.get(link);
    if (token !== statementsView.token) return;
    list.replaceChildren(...page.items.map(renderStatement));
    list.setAttribute("start", String(page.offset + 1));
    showFacetCounts(page.facets);
    showDownload(api, page.links.self);
    statementsView.links = page.links;
    $("statements-prev").disabled = !page.links.prev;
    $("statements-next").disabled = !page.links.next;
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
  const facts = h("dl", { class: "facts" });
  const fact = (term, ...value) => facts.append(h("dt", { text: term }), h("dd", {}, ...value));
  fact("Attribution", statement.attribution);
  fact("Cue", statement.cue);
  fact("Date", timeElement(statement.said_on));
  if (statement.place) fact("Place", statement.place);
  if (statement.occasion) fact("Occasion", statement.occasion);
  if (statement.addressees.length > 0) {
    fact("To", statement.addressees.map((a) => a.name).join(", "));
  }

  const textClass = `statement-text speech-${statement.speech_type}`;
  const text =
    statement.speech_type === "direct"
      ? h("blockquote", { class: textClass }, h("p", { text: statementText(statement) }))
      : h("p", { class: textClass, text: statementText(statement) });

  return h(
    "li",
    { class: "statement", "data-id": statement.id },
    h(
      "article",
      {},
      h(
        "header",
        { class: "statement-header" },
        h(
          "h3",
          { class: "speaker" },
          actorName(actorsById.get(statement.speaker.id) ?? statement.speaker),
        ),
        h("span", {
          class: "badge",
          text: SPEECH_TYPES[statement.speech_type] ?? statement.speech_type,
        }),
      ),
      statement.reported_by
        ? h("p", {
            class: "reported-by",
            text: `reported by ${statement.reported_by.speaker.name}`,
          })
        : null,
      text,
      facts,
      statement.topics.length > 0
        ? h(
            "ul",
            { class: "tags", "aria-label": "Topics" },
            ...statement.topics.map((t) => h("li", { text: t })),
          )
        : null,
      h("p", {
        class: "evidence muted",
        text: `Paragraph ${statement.evidence.paragraph} of “${statement.evidence.article.headline}”`,
      }),
    ),
  );
}

function pageTo(direction) {
  const link = statementsView.links[direction];
  if (!link) return;
  loadStatements(link).then(() => {
    // A pager button that just became disabled has lost focus: give it to the list's heading.
    const button = $(`statements-${direction}`);
    if (button.disabled) $("statements-heading").focus();
  });
}

// ---------------------------------------------------------------------------------------------
// The network: who spoke to, of and for whom, in the statements the filters select

/** How each relation reads from its source's side, and from its target's. */
const RELATIONS = {
  addressed: { out: "spoke to", in: "was spoken to by" },
  mentioned: { out: "spoke of", in: "was spoken of by" },
  reported: { out: "reported what was said by", in: "was reported by" },
};
const NETWORK = {
  minHeight: 320,
  maxHeight: 640,
  margin: 24,
  labelGap: 4,
  /** The layout's steps, and how hard the centre holds the nodes (loners included). */
  steps: 300,
  gravity: 2.5,
  /** Room kept between two nodes' rims, in CSS pixels: a line of label. */
  spacing: 14,
};

const networkView = {
  token: 0,
  api: null,
  network: null,
  /** The layout of the network's nodes, in their order, in [-1, 1]². */
  positions: [],
  selected: null,
  width: 0,
};

/** An actor's name, linked to its Wikidata item when it has one; plain text otherwise. */
function actorName(actor) {
  const url = actor.links?.wikidata ? safeHttpUrl(actor.links.wikidata) : null;
  if (!url) return actor.name;
  return h("a", {
    href: url,
    rel: "noopener noreferrer",
    class: "wikidata",
    title: `${actor.name} on Wikidata`,
    text: actor.name,
  });
}

async function loadNetwork(params) {
  const figure = $("network-graph");
  const token = ++networkView.token;
  figure.setAttribute("aria-busy", "true");
  try {
    const network = await networkView.api.get(withParams("/v1/network", params));
    if (token !== networkView.token) return;
    // Most statements first: the order of the layout's first circle, of Tab and the arrows.
    network.nodes.sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
    networkView.network = network;
    if (!network.nodes.some((node) => node.id === networkView.selected)) {
      networkView.selected = null;
    }
    networkView.positions = layoutNetwork(network.nodes, network.edges);
    // Each selected statement has one speaker, and every speaker is a node, unless the
    // network kept only its heaviest links (then the nodes are their ends).
    const statements = network.nodes.reduce((sum, node) => sum + node.statements, 0);
    $("network-status").textContent =
      network.nodes.length === 0
        ? "No statements match these filters."
        : network.truncated
          ? `The ${plural(network.edges.length, "heaviest link", "heaviest links")} of ` +
            `${network.total_edges}, between ` +
            `${plural(network.nodes.length, "actor", "actors")}: narrow the filters for the rest`
          : `${plural(network.nodes.length, "actor", "actors")} and ` +
            `${plural(network.edges.length, "link", "links")} from ` +
            `${plural(statements, "statement", "statements")}`;
    renderNetworkTable(network);
    drawNetwork();
  } catch (error) {
    if (token !== networkView.token) return;
    $("network-status").textContent = "";
    showError("Could not load the network", error);
  } finally {
    if (token === networkView.token) figure.removeAttribute("aria-busy");
  }
}

/**
 * Positions in [-1, 1]², one per node: the nodes start on a circle in their order and settle
 * under Fruchterman–Reingold forces. Nothing is random, so the same network draws the same.
 */
function layoutNetwork(nodes, edges) {
  const count = nodes.length;
  const at = nodes.map((_, i) => ({
    x: Math.cos((2 * Math.PI * i) / count),
    y: Math.sin((2 * Math.PI * i) / count),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const pairs = edges
    .filter((edge) => edge.source !== edge.target)
    .map((edge) => [index.get(edge.source), index.get(edge.target)]);
  const k = Math.sqrt(4 / Math.max(count, 1));
  let heat = 0.2;
  for (let step = 0; step < NETWORK.steps; step += 1) {
    const moves = at.map((p) => ({ x: -p.x * NETWORK.gravity, y: -p.y * NETWORK.gravity }));
    for (let i = 0; i < count; i += 1) {
      for (let j = i + 1; j < count; j += 1) {
        const dx = at[i].x - at[j].x;
        const dy = at[i].y - at[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const push = (k * k) / d / d;
        moves[i].x += dx * push;
        moves[i].y += dy * push;
        moves[j].x -= dx * push;
        moves[j].y -= dy * push;
      }
    }
    for (const [a, b] of pairs) {
      const dx = at[a].x - at[b].x;
      const dy = at[a].y - at[b].y;
      const pull = Math.hypot(dx, dy) / k;
      moves[a].x -= dx * pull;
      moves[a].y -= dy * pull;
      moves[b].x += dx * pull;
      moves[b].y += dy * pull;
    }
    for (let i = 0; i < count; i += 1) {
      const length = Math.hypot(moves[i].x, moves[i].y);
      if (length > 0) {
        const step = Math.min(length, heat) / length;
        at[i].x += moves[i].x * step;
        at[i].y += moves[i].y * step;
      }
    }
    heat *= 0.985;
  }
  // Stretched to fill [-1, 1]² each way; one node, or a line of them, sits in the middle.
  const span = (values) => [Math.min(...values), Math.max(...values)];
  const [[minX, maxX], [minY, maxY]] = [span(at.map((p) => p.x)), span(at.map((p) => p.y))];
  const scale = (value, min, max) => (max - min < 1e-9 ? 0 : ((value - min) / (max - min)) * 2 - 1);
  return at.map((p) => ({ x: scale(p.x, minX, maxX), y: scale(p.y, minY, maxY) }));
}

function nodeRadius(node) {
  return 5 + 2.5 * Math.sqrt(node.statements);
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function nodeLabel(node, links) {
  const kind = KIND_LABELS[node.kind] ?? node.kind;
  const statements = plural(node.statements, "statement", "statements");
  return `${node.name} (${kind}): ${statements}, ${plural(links, "link", "links")}`;
}

/** The network as SVG, sized to its container in CSS pixels; each actor a focusable button. */
function drawNetwork() {
  const container = $("network-graph");
  const network = networkView.network;
  if (!network) return;
  if (network.nodes.length === 0) {
    container.replaceChildren(h("p", { class: "muted", text: "No actors: no statements match." }));
    renderNetworkDetail();
    return;
  }
  const width = Math.max(CHART.minWidth, Math.floor(container.clientWidth));
  networkView.width = container.clientWidth;
  // Wide enough boxes keep a 10:7 shape; narrow ones grow taller, a line per actor or so.
  const tall = Math.max(width * 0.7, network.nodes.length * 20);
  const height = Math.round(Math.min(NETWORK.maxHeight, Math.max(NETWORK.minHeight, tall)));
  const radii = new Map(network.nodes.map((node) => [node.id, nodeRadius(node)]));
  const points = placeNodes(network, radii, width, height);
  const degree = new Map(network.nodes.map((node) => [node.id, 0]));
  for (const edge of network.edges) {
    degree.set(edge.source, degree.get(edge.source) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, degree.get(edge.target) + 1);
  }

  const markers = Object.keys(RELATIONS).map((relation) =>
    s(
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
      s("path", { d: "M0,0 L10,5 L0,10 z" }),
    ),
  );
  const svg = s(
    "svg",
    {
      class: "network-chart",
      role: "group",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      "aria-labelledby": "network-chart-title",
    },
    s("title", {
      id: "network-chart-title",
      text:
        `Network of ${plural(network.nodes.length, "actor", "actors")} and ` +
        `${plural(network.edges.length, "link", "links")}`,
    }),
    s("defs", {}, ...markers),
  );
  const edges = s("g", { class: "edges", "aria-hidden": "true" });
  const relations = Object.keys(RELATIONS);
  for (const edge of network.edges) {
    edges.append(
      s(
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
        s("title", { text: edgeText(edge) }),
      ),
    );
  }
  const nodes = s("g", { class: "nodes" });
  for (const node of network.nodes) {
    const { x, y } = points.get(node.id);
    const r = radii.get(node.id);
    const label = nodeLabel(node, degree.get(node.id));
    nodes.append(
      s(
        "g",
        {
          class: `node kind-${node.kind}`,
          tabindex: "0",
          role: "button",
          "aria-pressed": "false",
          "aria-label": label,
          "data-id": node.id,
        },
        s("title", { text: label }),
        s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
        s("text", { class: "node-label", y: (y + 4).toFixed(1), text: node.name }),
      ),
    );
  }
  svg.append(edges, nodes);
  container.replaceChildren(svg);
  // Labels go on the outer side of their node, or the other when they would leave the box.
  for (const text of svg.querySelectorAll(".node-label")) {
    const id = text.parentNode.dataset.id;
    const { x } = points.get(id);
    const gap = radii.get(id) + NETWORK.labelGap;
    const length = text.getComputedTextLength();
    let left = x < width / 2;
    if (left && x - gap - length < 0) left = false;
    else if (!left && x + gap + length > width) left = x - gap - length >= 0;
    text.setAttribute("x", (left ? x - gap : x + gap).toFixed(1));
    text.setAttribute("text-anchor", left ? "end" : "start");
  }
  showSelection();
}

/**
 * The layout in CSS pixels: scaled to the box, then nodes closer than their radii and a line
 * of label are pushed apart, a few rounds, so that no two circles overlap.
 */
function placeNodes(network, radii, width, height) {
  const m = NETWORK.margin;
  const points = network.nodes.map((node, i) => ({
    id: node.id,
    r: radii.get(node.id),
    x: m + ((networkView.positions[i].x + 1) / 2) * (width - 2 * m),
    y: m + ((networkView.positions[i].y + 1) / 2) * (height - 2 * m),
  }));
  for (let round = 0; round < 50; round += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i];
        const b = points[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        const least = a.r + b.r + NETWORK.spacing;
        if (d >= least) continue;
        moved = true;
        // Coincident nodes part along a fixed direction that depends on their order.
        const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [Math.cos(i + j), Math.sin(i + j)];
        const push = (least - d) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    }
    for (const p of points) {
      p.x = Math.min(width - m, Math.max(m, p.x));
      p.y = Math.min(height - m, Math.max(m, p.y));
    }
    if (!moved) break;
  }
  return new Map(points.map((p) => [p.id, { x: p.x, y: p.y }]));
}

/** A curved path between two nodes, ending at their rims: each relation bends its own way, so
 * links of one pair, either way or in several relations, do not hide each other. */
function edgePath(edge, points, radii, bend) {
  const from = points.get(edge.source);
  const to = points.get(edge.target);
  if (edge.source === edge.target) {
    const r = radii.get(edge.source);
    // A loop over the node's top: an actor who spoke of itself.
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

function nodeById(id) {
  return networkView.network.nodes.find((node) => node.id === id);
}

function edgeText(edge) {
  const source = nodeById(edge.source);
  const target = nodeById(edge.target);
  const verb = RELATIONS[edge.relation]?.out ?? edge.relation;
  return `${source.name} ${verb} ${target.name}: ${plural(edge.count, "statement", "statements")}`;
}

function renderNetworkTable(network) {
  $("network-table-body").replaceChildren(
    ...network.edges.map((edge) =>
      h(
        "tr",
        { "data-id": edge.id },
        h("td", {}, actorName(nodeById(edge.source))),
        h("td", { text: RELATIONS[edge.relation]?.out ?? edge.relation }),
        h("td", {}, actorName(nodeById(edge.target))),
        h("td", { text: String(edge.count) }),
      ),
    ),
  );
}

function selectNode(id) {
  networkView.selected = networkView.selected === id ? null : id;
  showSelection();
}

/** Mark the selected actor, its links and its neighbours; fade the rest. */
function showSelection() {
  const selected = networkView.selected;
  const svg = $("network-graph").querySelector("svg");
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

function renderNetworkDetail() {
  const detail = $("network-detail");
  const selected = networkView.selected;
  const network = networkView.network;
  if (!network || selected === null) {
    const hint = network?.nodes.length ? "Select an actor to see its links." : "";
    detail.replaceChildren(h("p", { class: "muted", text: hint }));
    return;
  }
  const node = nodeById(selected);
  const lines = network.edges
    .filter((edge) => edge.source === selected || edge.target === selected)
    .sort((a, b) => (a.source === selected ? 0 : 1) - (b.source === selected ? 0 : 1))
    .map((edge) => {
      const outgoing = edge.source === selected;
      const other = nodeById(outgoing ? edge.target : edge.source);
      const verb = RELATIONS[edge.relation]?.[outgoing ? "out" : "in"] ?? edge.relation;
      return h(
        "li",
        { "data-id": edge.id },
        `${verb} `,
        actorName(other),
        ` (${plural(edge.count, "statement", "statements")})`,
      );
    });
  const clear = h("button", { type: "button", class: "secondary", text: "Show every actor" });
  clear.addEventListener("click", () => {
    const drawn = $("network-graph").querySelector(`.node[data-id="${CSS.escape(selected)}"]`);
    selectNode(selected);
    drawn?.focus();
  });
  detail.replaceChildren(
    h(
      "h3",
      { class: "network-actor" },
      actorName(node),
      " ",
      h("span", { class: `badge kind-${node.kind}`, text: KIND_LABELS[node.kind] ?? node.kind }),
    ),
    h("p", { text: `${plural(node.statements, "statement", "statements")} in this view` }),
    h("ul", { class: "network-links" }, ...lines),
    clear,
  );
}

function wireNetwork() {
  const figure = $("network-graph");
  figure.addEventListener("click", (event) => {
    const node = event.target.closest?.(".node");
    if (node) selectNode(node.dataset.id);
  });
  figure.addEventListener("keydown", (event) => {
    const node = event.target.closest?.(".node");
    if (!node) return;
    const all = [...figure.querySelectorAll(".node")];
    const at = all.indexOf(node);
    const moves = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      selectNode(node.dataset.id);
    } else if (event.key === "Escape" && networkView.selected !== null) {
      event.preventDefault();
      networkView.selected = null;
      showSelection();
    } else if (event.key in moves) {
      event.preventDefault();
      all[(moves[event.key] + all.length) % all.length].focus();
    }
  });
  new ResizeObserver(() => {
    if (networkView.network && figure.clientWidth !== networkView.width) drawNetwork();
  }).observe(figure);
}

// ---------------------------------------------------------------------------------------------
// Start

function wireEvents(api) {
  $("actor-kind").addEventListener("change", () =>
    loadActors(api).catch((error) => showError("Could not load actors", error)),
  );
  $("actor-filters").addEventListener("submit", (event) => event.preventDefault());

  const form = $("statement-filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    applyStatementFilters();
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) applyStatementFilters();
  });
  // Reset changes the fields after this event: apply once they hold their defaults.
  form.addEventListener("reset", () => setTimeout(applyStatementFilters));
  $("statements-prev").addEventListener("click", () => pageTo("prev"));
  $("statements-next").addEventListener("click", () => pageTo("next"));
  wireNetwork();
}

async function main() {
  let api;
  try {
    api = createApi(apiBaseFrom(window.location));
  } catch (error) {
    showError("Bad address", error);
    return;
  }
  $("api-base").textContent = api.base;
  statementsView.api = api;
  networkView.api = api;
  wireEvents(api);
  await Promise.all([
    loadArticles(api).catch((error) => showError("Could not load the article", error)),
    loadAid(api).catch((error) => showError("Could not load aid totals", error)),
    loadActors(api).catch((error) => showError("Could not load actors", error)),
    loadStatementOptions(api)
      .catch((error) => showError("Could not load the statement filters", error))
      .then(applyStatementFilters),
  ]);
  document.body.dataset.ready = "true";
}

main();
