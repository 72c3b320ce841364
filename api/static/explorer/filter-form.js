// A filter form and the query it stands for: its values, the page's address, facet counts.
// The parameter names come from the served filter lists; a name the form has no control for
// is left out, so the API can list a new filter before the page shows it.

/** The form's controls for `names`, as [name, control] pairs, in the order of `names`. */
function controlsFor(form, names) {
  return names
    .map((name) => [name, form.elements.namedItem(name)])
    .filter(([, control]) => control !== null);
}

/** The names among `names` that the form offers as a list of choices (a select). */
export function choiceNames(form, names) {
  return controlsFor(form, names)
    .filter(([, control]) => control instanceof HTMLSelectElement)
    .map(([name]) => name);
}

/** The form's values by parameter name, trimmed: "" where nothing is chosen. */
export function filterValues(form, names) {
  const params = {};
  for (const [name, control] of controlsFor(form, names)) params[name] = control.value.trim();
  return params;
}

/** Keep the filters in the page's address, so a filtered view can be bookmarked or shared. */
export function rememberFilters(params, names) {
  const url = new URL(window.location.href);
  for (const name of names) {
    if (params[name]) url.searchParams.set(name, params[name]);
    else url.searchParams.delete(name);
  }
  window.history.replaceState(null, "", url);
}

/** Set the form's controls from a query: by default the page's address, as a bookmark has it. */
export function restoreFilters(form, names, query = new URLSearchParams(window.location.search)) {
  for (const [name, control] of controlsFor(form, names)) {
    const value = query.get(name);
    if (value !== null) control.value = value;
  }
}

/**
 * Label each choice of the `names` lists with how many items it would give, from the `facets`
 * of a collection page: the API counts each filter's values over what the other filters select.
 */
export function showFacetCounts(form, facets, names) {
  for (const name of choiceNames(form, names)) {
    const facet = facets?.[name];
    if (!facet) continue;
    const counts = new Map(facet.items.map((item) => [item.value, item.count]));
    for (const option of form.elements.namedItem(name).options) {
      if (option.value === "") continue;
      option.dataset.label ??= option.textContent;
      option.textContent = `${option.dataset.label} (${counts.get(option.value) ?? 0})`;
    }
  }
}
