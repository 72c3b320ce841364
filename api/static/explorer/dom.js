// Building the page from API data: elements are made of text and of attributes we name, never
// of markup, so no value from the API is ever parsed as HTML.

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** The narrowest a chart is drawn, in CSS pixels: a narrower container scrolls it. */
export const CHART_MIN_WIDTH = 200;

export function elementById(id) {
  return document.getElementById(id);
}

/**
 * Create an HTML element: the `text` prop sets its textContent, other props are attributes
 * (skipped when null, undefined or false; present and empty when true), and children are
 * nodes or strings (which become Text nodes; null and undefined are skipped).
 */
export function htmlElement(tag, props = {}, ...children) {
  return fillElement(document.createElement(tag), props, children);
}

/** Create an SVG element, with props and children as for `htmlElement`. */
export function svgElement(tag, props = {}, ...children) {
  return fillElement(document.createElementNS(SVG_NAMESPACE, tag), props, children);
}

function fillElement(element, props, children) {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") element.textContent = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

/** Say what failed in the page's alert box, one paragraph per failure. */
export function showError(context, error) {
  const box = elementById("error");
  const message = error instanceof Error ? error.message : String(error);
  box.append(htmlElement("p", { text: `${context}: ${message}` }));
  box.hidden = false;
}
