// API values as people read them: dates, sums of money with their hedges, labels and names.

import { htmlElement } from "./dom.js";

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
const SCALES = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** An ISO 8601 date at year, month or day precision, for people; null when not given. */
export function formatDate(date) {
  if (!date) return null;
  const [year, month = "01", day = "01"] = date.split("-");
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(when.getTime())) return date;
  const options = { timeZone: "UTC", year: "numeric" };
  if (date.length >= 7) options.month = "long";
  if (date.length === 10) options.day = "numeric";
  return new Intl.DateTimeFormat("en", options).format(when);
}

/** A <time> element for an ISO date, or "not given". */
export function timeElement(date) {
  const text = formatDate(date);
  return text
    ? htmlElement("time", { datetime: date, text })
    : htmlElement("span", { text: "not given" });
}

/** 1800000000 EUR as "€1.8 billion". */
export function formatMoney(value, currency) {
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
export function hedgedAmount(qualifier, value, currency) {
  const hedge = HEDGES[qualifier] ?? "about";
  return `${hedge} ${formatMoney(value, currency)}`.trim();
}

/** The hedge of a sum, from the hedges of its terms. */
export function qualifierOfSum(qualifiers) {
  const hedges = new Set(qualifiers.filter((qualifier) => qualifier !== "as_stated"));
  if (hedges.size === 0) return "as_stated";
  if (hedges.size === 1) return [...hedges][0];
  const lowerBounds = ["more_than", "at_least"];
  if ([...hedges].every((qualifier) => lowerBounds.includes(qualifier))) return "more_than";
  return "approximately";
}

/** The URL if it is an http or https one, else null: never a `javascript:` link. */
export function safeHttpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function speechTypeLabel(speechType) {
  return SPEECH_TYPES[speechType] ?? speechType;
}

export function kindLabel(kind) {
  return KIND_LABELS[kind] ?? kind;
}

/** Quotation marks around direct speech only: reported speech is the writer's words. */
export function statementText(statement) {
  return statement.speech_type === "direct" ? `“${statement.text}”` : statement.text;
}

/**
 * The statement's text as nodes, the hits of a search in <mark>: `matches` are the API's
 * ranges of code points ({field, start, end}) of its searched fields, and text nodes are made
 * of the text, never of markup. Direct speech keeps its quotation marks around it.
 */
export function highlightedStatementText(statement) {
  const nodes = highlighted(statement.text, matchesOf(statement, "text"));
  return statement.speech_type === "direct" ? ["“", ...nodes, "”"] : nodes;
}

/** The `matches` of one field of a searched item, in their order. */
export function matchesOf(item, field) {
  return (item.matches ?? []).filter((match) => match.field === field);
}

/**
 * A text as Text nodes and <mark> elements, one mark per range of code points (`start`
 * inclusive, `end` exclusive, as the API counts them: JavaScript strings count UTF-16 units).
 */
export function highlighted(text, ranges) {
  const points = Array.from(text);
  const nodes = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at || start >= end || end > points.length) continue;
    if (start > at) nodes.push(points.slice(at, start).join(""));
    nodes.push(htmlElement("mark", { text: points.slice(start, end).join("") }));
    at = end;
  }
  if (at < points.length) nodes.push(points.slice(at).join(""));
  return nodes;
}

/**
 * Whether a statement's cue denies what its text says ("denied", "flatly reject"): a word of
 * it begins with one of `stems`, the list the API serves beside the filters.
 */
export function cueNegates(cue, stems) {
  const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((word) => stems.some((stem) => word.startsWith(stem)));
}

/** "1 link", "3 links". */
export function countPhrase(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** An actor's name, linked to its Wikidata item when it has one; plain text otherwise. */
export function actorNameLink(actor) {
  const url = actor.links?.wikidata ? safeHttpUrl(actor.links.wikidata) : null;
  if (!url) return actor.name;
  return htmlElement("a", {
    href: url,
    rel: "noopener noreferrer",
    class: "wikidata",
    title: `${actor.name} on Wikidata`,
    text: actor.name,
  });
}
