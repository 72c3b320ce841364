// Uses the Orval 7 fetch client generated from ../../openapi.yaml (`make orval-client`) against a
// running Dossier, and checks what it parses: `node build/js/check.js http://127.0.0.1:8000`.
// Every list operation parses its page and its 400 (a Problem); a speaker's statements are paged
// through by `links.next`; a record is read; the CSV export is text and the NDJSON export a
// stream; v1's `format=csv` is the declared 307. Exits 1 at the first check that fails; else
// prints one JSON line of what it saw, which tests/test_orval_client.py compares with the data.
import assert from 'node:assert/strict';

import { listActors } from './build/generated/actors/actors';
import { listAidFigures } from './build/generated/aid-figures/aid-figures';
import { listArticles } from './build/generated/articles/articles';
import { exportStatementsCsv, exportStatementsNdjson } from './build/generated/exports/exports';
import { getStatement, listStatements } from './build/generated/statements/statements';
import { listTopics } from './build/generated/topics/topics';
import type { Problem } from './build/generated/model';

const PESKOV = 'dmitry-peskov';
// data/statements.json: the statements whose speaker is dmitry-peskov, in id order.
const PESKOV_STATEMENTS = [
  'peskov-belarus-withdrawal-planned',
  'peskov-call-nearest-future',
  'peskov-no-deals',
];
const LIMIT_ERRORS = { limit: ['Must be between 1 and 100.'] };

const [base] = process.argv.slice(2);
if (base === undefined) {
  console.error('usage: node build/js/check.js BASE_URL (e.g. http://127.0.0.1:8000)');
  process.exit(2);
}
const origin = new URL(base);

// The generated functions fetch the contract's paths (its server is `/`): a browser resolves
// them against the page's origin, Node has none, so resolve them against the one given.
const nodeFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  nodeFetch(typeof input === 'string' ? new URL(input, origin) : input, init);

/** The records of a minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

/** Checks the 400 of a list asked for 101 items, typed by the generated client as the Problem. */
function limitProblem(problem: Problem, headers: Headers): Problem {
  assert.equal(headers.get('content-type'), 'application/problem+json');
  assert.equal(problem.status, 400);
  assert.equal(problem.type, '/problems/invalid-parameters');
  assert.deepEqual(problem.errors, LIMIT_ERRORS);
  return problem;
}

async function main(): Promise<void> {
  // 1. Every list parses its page: `data` is the typed page, not a stream.
  const statements = await listStatements({ limit: 2 });
  const actors = await listActors({ limit: 2 });
  const aidFigures = await listAidFigures({ limit: 2 });
  const articles = await listArticles({ limit: 2 });
  const topics = await listTopics({ limit: 2 });
  assert(statements.status === 200, `listStatements: ${statements.status}`);
  assert(actors.status === 200, `listActors: ${actors.status}`);
  assert(aidFigures.status === 200, `listAidFigures: ${aidFigures.status}`);
  assert(articles.status === 200, `listArticles: ${articles.status}`);
  assert(topics.status === 200, `listTopics: ${topics.status}`);
  const lists = Object.fromEntries(
    Object.entries({
      statements: statements.data,
      actors: actors.data,
      aid_figures: aidFigures.data,
      articles: articles.data,
      topics: topics.data,
    }).map(([name, page]) => [
      name,
      { total: page.total, limit: page.limit, ids: page.items.map((item) => item.id) },
    ]),
  );

  // 2. One speaker's statements, whole, then page by page following `links.next`.
  const peskov = await listStatements({ speaker: [PESKOV], limit: 100 });
  assert(peskov.status === 200, `listStatements speaker=${PESKOV}: ${peskov.status}`);
  assert.deepEqual(
    peskov.data.items.map((item) => item.id),
    PESKOV_STATEMENTS,
  );
  assert.equal(peskov.data.total, PESKOV_STATEMENTS.length);
  assert.equal(peskov.data.links.next, null);
  const paged: string[] = [];
  const offsets: number[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    assert(offsets.length < 10, 'links.next ends');
    const page = await listStatements({ speaker: [PESKOV], limit: 1, offset });
    assert(page.status === 200, `listStatements offset=${offset}: ${page.status}`);
    assert.equal(page.data.offset, offset);
    assert(page.data.items.every((item) => item.speaker.id === PESKOV));
    offsets.push(page.data.offset);
    paged.push(...page.data.items.map((item) => item.id));
    const next: string | null = page.data.links.next;
    if (next === null) {
      offset = null;
    } else {
      const query = new URL(next, origin).searchParams;
      assert.deepEqual(query.getAll('speaker'), [PESKOV]);
      assert.equal(query.get('limit'), '1');
      offset = Number(query.get('offset'));
    }
  }
  assert.deepEqual(paged, PESKOV_STATEMENTS);

  // 3. Every list's 400 parses as the Problem: narrowed by its status, `data` is typed Problem.
  const tooMany = {
    statements: await listStatements({ limit: 101 }),
    actors: await listActors({ limit: 101 }),
    aidFigures: await listAidFigures({ limit: 101 }),
    articles: await listArticles({ limit: 101 }),
    topics: await listTopics({ limit: 101 }),
  };
  assert(tooMany.statements.status === 400, `listStatements: ${tooMany.statements.status}`);
  assert(tooMany.actors.status === 400, `listActors: ${tooMany.actors.status}`);
  assert(tooMany.aidFigures.status === 400, `listAidFigures: ${tooMany.aidFigures.status}`);
  assert(tooMany.articles.status === 400, `listArticles: ${tooMany.articles.status}`);
  assert(tooMany.topics.status === 400, `listTopics: ${tooMany.topics.status}`);
  const problems = {
    statements: limitProblem(tooMany.statements.data, tooMany.statements.headers),
    actors: limitProblem(tooMany.actors.data, tooMany.actors.headers),
    aid_figures: limitProblem(tooMany.aidFigures.data, tooMany.aidFigures.headers),
    articles: limitProblem(tooMany.articles.data, tooMany.articles.headers),
    topics: limitProblem(tooMany.topics.data, tooMany.topics.headers),
  };

  // 4. One record.
  const record = await getStatement('peskov-no-deals');
  assert(record.status === 200, `getStatement: ${record.status}`);
  assert.equal(record.data.speaker.name, 'Dmitry Peskov');
  assert.equal(record.data.evidence.paragraph, 6);

  // 5. The exports: CSV as text, NDJSON as the stream Orval gives for its media type.
  const csv = await exportStatementsCsv({ speaker: [PESKOV] });
  assert(csv.status === 200, `exportStatementsCsv: ${csv.status}`);
  assert.equal(typeof csv.data, 'string');
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
  const [header, ...rows] = csvRows(csv.data);
  assert(header !== undefined);
  assert.equal(header[0], 'id');
  const csvIds = rows.map((row) => row[0]);
  assert.deepEqual(csvIds, PESKOV_STATEMENTS);
  const ndjson = await exportStatementsNdjson({ speaker: [PESKOV] });
  assert(ndjson.status === 200, `exportStatementsNdjson: ${ndjson.status}`);
  const lines = (await ndjson.stream.text()).trimEnd().split('\n');
  const ndjsonIds = lines.map((line) => (JSON.parse(line) as { id: string }).id);
  assert.deepEqual(ndjsonIds, PESKOV_STATEMENTS);

  // 6. v1's format=csv on the list: the declared 307 to the export, not followed here.
  const redirect = await listStatements({ speaker: [PESKOV], format: 'csv' }, { redirect: 'manual' });
  assert(redirect.status === 307, `listStatements format=csv: ${redirect.status}`);

  console.log(
    JSON.stringify({
      lists,
      peskov: peskov.data.items.map((item) => item.id),
      paged,
      offsets,
      problems,
      record: {
        id: record.data.id,
        speaker: record.data.speaker.name,
        paragraph: record.data.evidence.paragraph,
        text: record.data.text,
      },
      csv: { header, ids: csvIds },
      ndjson: ndjsonIds,
      redirect: redirect.headers.get('location'),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
