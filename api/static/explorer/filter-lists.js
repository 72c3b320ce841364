// Which query parameters each collection takes: the one place the explorer learns them. The
// page fetches them from `filters.json` beside it rather than keeping a copy of the API's lists.

/** The document that lists them, relative to the page. */
const FILTER_LISTS_PATH = "filters.json";
/** The collections whose lists the explorer reads from that document. */
const COLLECTIONS = ["statements", "actors"];

/**
 * The lists of each collection, as `{statements, actors}`, each
 * `{filters, facets, search, parameters, negatingCues}`: exact-match filter parameters, the
 * filters whose values the API can count (facets), the free-text search parameter, every
 * parameter a filter form may send (the filters, then the search), and the beginnings of the
 * words of a cue that denies what follows it (statements only; none elsewhere).
 */
export async function loadFilterLists() {
  const url = new URL(FILTER_LISTS_PATH, document.baseURI);
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${FILTER_LISTS_PATH} answered HTTP ${response.status}`);
  const served = await response.json();
  return Object.fromEntries(COLLECTIONS.map((name) => [name, collectionLists(served, name)]));
}

function collectionLists(served, collection) {
  const lists = served?.[collection];
  const isNames = (value) =>
    Array.isArray(value) && value.every((name) => typeof name === "string");
  if (!isNames(lists?.filters) || !isNames(lists?.facets) || typeof lists?.search !== "string") {
    throw new Error(`${FILTER_LISTS_PATH} has no filters, facets and search for ${collection}`);
  }
  const negatingCues = lists.negating_cues ?? [];
  if (!isNames(negatingCues)) {
    throw new Error(`${FILTER_LISTS_PATH} has negating cues that are not words`);
  }
  return {
    filters: [...lists.filters],
    facets: [...lists.facets],
    search: lists.search,
    parameters: [...lists.filters, lists.search],
    negatingCues: [...negatingCues],
  };
}
