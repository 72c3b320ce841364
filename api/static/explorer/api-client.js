// The public API, read over fetch from this origin or any other (`?api=<base URL>`).

/** The API's largest page; lists we show whole (actors, topics, aid figures) are read in these. */
export const MAX_LIMIT = 100;
/** A bound on pages followed for one list, so a misbehaving server cannot loop us forever. */
const MAX_PAGES = 50;

/** The API's base URL, without a trailing slash: `?api=` if given, else this page's origin. */
export function apiBaseFrom(location) {
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

/** Add or replace query parameters on an API path, keeping it a path; empty values remove. */
export function withParams(path, params) {
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

/** A client of the API at `base`: every path it takes is one the API gave or we wrote. */
export function createApiClient(base) {
  /** Resolve a path the API gave us (links are paths, never hosts) against the base. */
  function urlFor(path) {
    if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) {
      throw new ApiError(`Unexpected link from the API: ${String(path)}`);
    }
    return `${base}${path}`;
  }

  async function getJson(path) {
    const url = urlFor(path);
    let response;
    try {
      // The browser's HTTP cache revalidates with If-None-Match against the API's ETags.
      response = await fetch(url, { headers: { Accept: "application/json" } });
    } catch {
      throw new ApiError(`The API at ${base} could not be reached.`);
    }
    if (!response.ok) throw await apiErrorFrom(response);
    return response.json();
  }

  /** Every item of a collection, following `links.next`. */
  async function getEveryItem(path) {
    const items = [];
    let link = withParams(path, { limit: MAX_LIMIT, offset: null });
    for (let page = 0; link && page < MAX_PAGES; page += 1) {
      const body = await getJson(link);
      items.push(...body.items);
      link = body.links.next;
    }
    return items;
  }

  return { base, getJson, getEveryItem, urlFor };
}

/** An ApiError from an RFC 9457 problem response (or whatever the server sent). */
async function apiErrorFrom(response) {
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
