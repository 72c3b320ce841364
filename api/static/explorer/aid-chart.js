// Aid by donor: a bar chart of each donor's total in euros, and the same as a table.

import { CHART_MIN_WIDTH, elementById, htmlElement, svgElement } from "./dom.js";
import { hedgedAmount, qualifierOfSum } from "./format.js";

/** The currency the bars are drawn in: totals in other currencies are not summed into them. */
const CHART_CURRENCY = "EUR";
/** The currency of the publisher's own conversions, shown beside each total. */
const EQUIVALENT_CURRENCY = "CAD";
/** The chart's measures, in CSS pixels: a line of text, a bar, and the gaps between them. */
const CHART = { line: 20, barHeight: 22, gap: 6, rowGap: 18 };

export async function loadAidTotals(api) {
  const chart = elementById("aid-chart");
  try {
    const [totals, figures] = await Promise.all([
      api.getJson("/v1/aid-figures/totals?group_by=donor"),
      api.getEveryItem("/v1/aid-figures"),
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
    const total = group.totals.find((sum) => sum.currency === CHART_CURRENCY);
    if (!total) continue;
    const own = figures.filter(
      (figure) => figure.donor.id === group.key.id && figure.amount.currency === CHART_CURRENCY,
    );
    let qualifier = qualifierOfSum(own.map((figure) => figure.amount.qualifier));
    if (qualifier === "as_stated" && (total.approximate || group.approximate)) {
      qualifier = "approximately";
    }
    const equivalents = own.flatMap((figure) =>
      figure.equivalents.filter(
        (equivalent) =>
          equivalent.currency === EQUIVALENT_CURRENCY && equivalent.converted_by === "publisher",
      ),
    );
    const equivalent =
      equivalents.length > 0
        ? {
            value: equivalents.reduce((sum, each) => sum + each.value, 0),
            qualifier: qualifierOfSum(equivalents.map((each) => each.qualifier)),
            complete: equivalents.length === own.length,
          }
        : null;
    rows.push({ donor: group.key, value: total.value, qualifier, equivalent, figures: own });
  }
  return rows.sort((a, b) => b.value - a.value);
}

function amountText(row) {
  return hedgedAmount(row.qualifier, row.value, CHART_CURRENCY);
}

function equivalentText(row) {
  if (!row.equivalent) return "none given";
  const text = hedgedAmount(row.equivalent.qualifier, row.equivalent.value, EQUIVALENT_CURRENCY);
  return row.equivalent.complete ? text : `${text} (for part of the total)`;
}

/** One aid figure as a line: its hedged amount, recipient, start, kind of aid and purpose. */
function figureLine(figure) {
  const { qualifier, value, currency } = figure.amount;
  const parts = [hedgedAmount(qualifier, value, currency)];
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
  elementById("aid-table-body").replaceChildren(
    ...rows.map((row) =>
      htmlElement(
        "tr",
        {},
        htmlElement("th", { scope: "row", text: row.donor.name }),
        htmlElement("td", { text: amountText(row) }),
        htmlElement("td", { text: equivalentText(row) }),
        htmlElement(
          "td",
          {},
          htmlElement(
            "ul",
            {},
            ...row.figures.map((figure) => htmlElement("li", { text: figureLine(figure) })),
          ),
        ),
      ),
    ),
  );
}

/** A horizontal bar chart sized in CSS pixels, so its text stays readable on a phone. */
function drawAidChart(container, rows) {
  if (rows.length === 0) {
    container.replaceChildren(
      htmlElement("p", { class: "muted", text: "No aid figures in euros." }),
    );
    return;
  }
  const width = Math.max(CHART_MIN_WIDTH, Math.floor(container.clientWidth));
  const max = Math.max(...rows.map((row) => row.value));
  const summary = rows.map((row) => `${row.donor.name}, ${amountText(row)}`).join("; ");
  const svg = svgElement(
    "svg",
    { class: "bar-chart", role: "img", width, "aria-labelledby": "aid-chart-title" },
    svgElement("title", {
      id: "aid-chart-title",
      text: `Aid totals by donor, in euros: ${summary}.`,
    }),
  );
  container.replaceChildren(svg);

  let y = 0;
  for (const row of rows) {
    const group = svgElement("g", { class: "bar-row", "data-donor": row.donor.id });
    group.append(svgElement("title", { text: tooltipText(row) }));
    svg.append(group);
    const textY = y + CHART.line - 5;
    const label = svgElement("text", { class: "bar-label", x: 0, y: textY, text: row.donor.name });
    const value = svgElement("text", {
      class: "bar-value",
      x: width,
      y: textY,
      "text-anchor": "end",
      text: amountText(row),
    });
    group.append(label, value);
    // On a narrow screen the amount moves below the bar rather than over the name.
    const fits = label.getComputedTextLength() + value.getComputedTextLength() + 16 <= width;
    const barY = y + CHART.line + CHART.gap;
    const barWidth = Math.max(2, Math.round((row.value / max) * width));
    group.append(
      svgElement("rect", {
        class: "bar-track",
        x: 0,
        y: barY,
        width,
        height: CHART.barHeight,
        rx: 3,
      }),
      svgElement("rect", {
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
