// The source article: headline, publisher, date and summary.

import { elementById, htmlElement } from "./dom.js";
import { safeHttpUrl, timeElement } from "./format.js";

export async function loadArticles(api) {
  const body = elementById("article-body");
  try {
    const articles = await api.getEveryItem("/v1/articles");
    body.replaceChildren(...articles.map(renderArticle));
    if (articles.length === 0) body.replaceChildren(htmlElement("p", { text: "No articles." }));
  } finally {
    body.removeAttribute("aria-busy");
  }
}

function renderArticle(article) {
  const url = article.url ? safeHttpUrl(article.url) : null;
  const headline = url
    ? htmlElement("a", { href: url, rel: "noopener noreferrer", text: article.headline })
    : article.headline;
  const byline = htmlElement(
    "p",
    { class: "byline" },
    htmlElement("span", { class: "publisher", text: article.publisher }),
    " · ",
    timeElement(article.published),
  );
  return htmlElement(
    "article",
    { class: "source-article", lang: article.language || null },
    htmlElement("h3", { class: "headline" }, headline),
    byline,
    htmlElement("p", { class: "summary", text: article.summary }),
    article.credit ? htmlElement("p", { class: "credit muted", text: article.credit }) : null,
  );
}
