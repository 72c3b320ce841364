// A statement's links out: its embed code (the iframe of its card, from the API's oEmbed
// answer) copied to the clipboard, and this page's address showing it first.

import { withParams } from "./api-client.js";
import { htmlElement } from "./dom.js";

/** The parameter of the page's address naming the statement it shows first. */
export const LINKED_STATEMENT = "statement";

/** The page's address showing a statement first: this page, with the API it reads. */
export function statementAddress(id) {
  const url = new URL(window.location.href);
  const api = url.searchParams.get("api");
  url.search = "";
  if (api) url.searchParams.set("api", api);
  url.searchParams.set(LINKED_STATEMENT, id);
  url.hash = "";
  return url.href;
}

/** The statement's "Copy embed code" button, its link, and where the copy is confirmed. */
export function statementActions(api, statement) {
  const status = htmlElement("span", { class: "embed-status", role: "status" });
  const copy = htmlElement("button", {
    type: "button",
    class: "secondary embed-copy",
    text: "Copy embed code",
  });
  copy.addEventListener("click", () => copyEmbedCode(api, statement, status));
  const link = htmlElement("a", {
    class: "statement-link",
    href: statementAddress(statement.id),
    text: "Link to this statement",
  });
  return htmlElement("div", { class: "statement-actions" }, copy, link, status);
}

/** Ask the API how to embed the statement, and copy the iframe it answers to the clipboard. */
async function copyEmbedCode(api, statement, status) {
  status.replaceChildren("Copying…");
  let code;
  try {
    const answer = await api.getJson(
      withParams("/oembed", { url: api.urlFor(statement.links.self), format: "json" }),
    );
    code = answer.html;
  } catch (error) {
    status.replaceChildren(`Could not get the embed code: ${error.message}`);
    return;
  }
  try {
    await navigator.clipboard.writeText(code);
    status.replaceChildren("Embed code copied");
  } catch {
    // No clipboard for this page (not a secure context, or refused): the code, to copy by hand.
    const field = htmlElement("input", {
      class: "embed-code",
      readonly: true,
      value: code,
      "aria-label": "Embed code",
    });
    status.replaceChildren("Copy the embed code: ", field);
    field.select();
  }
}
