// Orval 7's settings for `make orval-client`: its fetch client (no runtime dependency), one
// file a tag, generated from the committed contract into build/generated, never committed.
// Orval is pinned at 7.13.2 (package-lock.json), the last 7.x that runs on Node 20: from 7.14
// on, Orval asks for Node >= 22.18.
import { defineConfig } from 'orval';

// Orval 7's fetch client JSON.parses every body but NDJSON's (orval-labs/orval#3088; Orval 8
// reads the Content-Type), so a CSV export, text/csv as the contract says, would throw. Those
// five operations hand their response to textFetch (text-fetch.ts), which reads it as Orval 8
// does; their URLs and types are still generated. Everything else is Orval's own code.
const CSV_EXPORTS = ['Actors', 'AidFigures', 'Articles', 'Statements', 'Topics'];
const textFetch = { mutator: { path: './text-fetch.ts', name: 'textFetch' } };

export default defineConfig({
  dossier: {
    input: { target: '../../openapi.yaml' },
    output: {
      client: 'fetch',
      mode: 'tags-split',
      target: 'build/generated/dossier.ts',
      schemas: 'build/generated/model',
      clean: true,
      override: {
        operations: Object.fromEntries(CSV_EXPORTS.map((name) => [`export${name}Csv`, textFetch])),
      },
    },
  },
});
