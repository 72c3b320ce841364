// A small typed client for Dossier: print one speaker's statements, in article order, then
// the topics they are on, counted by the API's `topic` facet.
//
//   make types                                  # generate schema.d.ts, type-check this file
//   npm run example -- dmitry-peskov http://127.0.0.1:8000   # or DOSSIER_API=...
//
// Every type below comes from schema.d.ts, which openapi-typescript generates from the
// published contract (openapi.yaml): a change of field or parameter there breaks the build here.
import type { paths } from "./schema.js";

type StatementsOperation = paths["/v1/statements"]["get"];
type StatementsQuery = NonNullable<StatementsOperation["parameters"]["query"]>;
type StatementPage = StatementsOperation["responses"][200]["content"]["application/json"];
export type Statement = StatementPage["items"][number];
/** A facet of the page: its values with their counts (`facets=...` in the query). */
type Facet = NonNullable<StatementPage["facets"]>[string];
type FacetValue = Facet["items"][number];
type SpeechType = Statement["speech_type"];

const DEFAULT_API = "http://127.0.0.1:8000";

/** Join an API link (always a path, never a host) to the base URL. */
function urlFor(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path}`;
}

/** Arrays are repeated keys in the contract (`style: form, explode: true`); commas work too. */
function queryString(query: StatementsQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params.toString();
}

async function getPage(base: string, path: string): Promise<StatementPage> {
  const response = await fetch(urlFor(base, path), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    // Errors are RFC 9457 problem details: {type, title, status, detail, ...}.
    const problem = (await response.json()) as { title?: string; detail?: string };
    throw new Error(`HTTP ${response.status} ${problem.title ?? ""}: ${problem.detail ?? ""}`);
  }
  return (await response.json()) as StatementPage;
}

/** Every statement by any of `speakers` (actor ids), following the collection's `links.next`. */
export async function* statementsBy(
  base: string,
  speakers: string[],
): AsyncGenerator<Statement> {
  const query: StatementsQuery = { speaker: speakers, sort: ["paragraph"], limit: 100 };
  let path: string | null | undefined = `/v1/statements?${queryString(query)}`;
  while (path) {
    const page: StatementPage = await getPage(base, path);
    yield* page.items;
    path = page.links.next;
  }
}

/** How many of the speakers' statements are on each topic: the page's `topic` facet. */
export async function topicsOf(base: string, speakers: string[]): Promise<FacetValue[]> {
  const query: StatementsQuery = { speaker: speakers, facets: ["topic"], facet_size: 100, limit: 1 };
  const page: StatementPage = await getPage(base, `/v1/statements?${queryString(query)}`);
  const facet: Facet | undefined = page.facets?.["topic"];
  return facet ? facet.items : [];
}

/** Direct speech in quotation marks; reported speech is the writer's words, so none. */
function quoted(text: string, speechType: SpeechType): string {
  switch (speechType) {
    case "direct":
      return `“${text}”`;
    case "indirect":
    case "mixed":
      return text;
  }
}

export function formatStatement(statement: Statement): string {
  const when: string = statement.said_on ?? "undated";
  const paragraph: number = statement.evidence.paragraph;
  const via = statement.reported_by
    ? ` (reported by ${statement.reported_by.speaker.name})`
    : "";
  const said = quoted(statement.text, statement.speech_type);
  return `${when}  ${statement.attribution} ${statement.cue}${via}: ${said}  [¶${paragraph}]`;
}

const [speakers = "emmanuel-macron", base = process.env.DOSSIER_API ?? DEFAULT_API] =
  process.argv.slice(2);
let count = 0;
for await (const statement of statementsBy(base, speakers.split(","))) {
  console.log(formatStatement(statement));
  count += 1;
}
console.log(`${count} statement(s) by ${speakers}`);
const topics = await topicsOf(base, speakers.split(","));
console.log(`Topics: ${topics.map((topic) => `${topic.value} (${topic.count})`).join(", ")}`);
