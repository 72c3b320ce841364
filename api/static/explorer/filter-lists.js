// Which query parameters each collection takes: the one place the explorer names them.

const FILTER_LISTS = {
  statements: {
    filters: ["speaker", "topic", "speech_type"],
    facets: ["speaker", "topic", "speech_type"],
    search: "q",
  },
  actors: { filters: ["kind"], facets: ["kind"], search: "q" },
};

/**
 * The lists of each collection, as `{statements, actors}`, each
 * `{filters, facets, search, parameters}`: exact-match filter parameters, the filters whose
 * values the API can count (facets), the free-text search parameter, and every parameter a
 * filter form may send (the filters, then the search).
 */
export async function loadFilterLists() {
  return Object.fromEntries(
    Object.entries(FILTER_LISTS).map(([collection, lists]) => [
      collection,
      { ...lists, parameters: [...lists.filters, lists.search] },
    ]),
  );
}
