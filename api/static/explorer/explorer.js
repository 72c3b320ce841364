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
  const speaker = $("statement-speaker");
  speaker.append(...actors.map((a) => h("option", { value: a.id, text: a.name })));
  const topic = $("statement-topic");
  topic.append(...topics.map((t) => h("option", { value: t.id, title: t.description, text: t.id })));
  restoreFilters();
}

function applyStatementFilters() {
  const params = statementFilters();
  rememberFilters(params);
  return loadStatements(
    withParams("/v1/statements", {
      ...params,
      sort: "paragraph",
      limit: STATEMENTS_PER_PAGE,
      facets: STATEMENT_FACETS.join(","),
      facet_size: MAX_LIMIT,
    }),
  );
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
        h("h3", { class: "speaker", text: statement.speaker.name }),
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
