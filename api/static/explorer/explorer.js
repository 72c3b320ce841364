// Dossier explorer: browses the public API, from this origin or any other (`?api=<base URL>`).
// No framework and no build step: the browser loads these ES modules as they are. Every value
// from the API is untrusted text: it reaches the page only through textContent, Text nodes and
// attributes we name (dom.js); it is never parsed as HTML.

import { startActors } from "./actors.js";
import { loadAidTotals } from "./aid-chart.js";
import { apiBaseFrom, createApiClient } from "./api-client.js";
import { loadArticles } from "./article.js";
import { elementById, showError } from "./dom.js";
import { loadFilterLists } from "./filter-lists.js";
import { wireNetworkEvents } from "./network.js";
import { startStatements } from "./statements.js";

/** Load every panel; mark the page ready (`body[data-ready]`) once each has loaded or failed. */
async function main() {
  let api;
  try {
    api = createApiClient(apiBaseFrom(window.location));
  } catch (error) {
    showError("Bad address", error);
    return;
  }
  elementById("api-base").textContent = api.base;
  elementById("api-docs").href = `${api.base}/docs`;
  wireNetworkEvents();
  // The actors' and statements' filters are read from the served lists: without them,
  // neither panel can load.
  const filterLists = loadFilterLists().catch((error) => {
    showError("Could not load the filter lists", error);
    return null;
  });
  await Promise.all([
    loadArticles(api).catch((error) => showError("Could not load the article", error)),
    loadAidTotals(api).catch((error) => showError("Could not load aid totals", error)),
    filterLists.then(
      (lists) =>
        lists &&
        startActors(api, lists.actors).catch((error) => showError("Could not load actors", error)),
    ),
    filterLists.then((lists) => lists && startStatements(api, lists.statements)),
  ]);
  document.body.dataset.ready = "true";
}

main();
