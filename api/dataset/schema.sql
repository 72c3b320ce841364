-- The snapshot: the whole dataset in one read-only SQLite file, compiled from data/ by
-- api/dataset/build.py. Each record table has one row per record, inserted in id order,
-- so that rowid order is id order: `rowid` is the tie-breaker of every sort.
--
-- Every table keeps the record's fields as columns (lists in join tables) for SQL users
-- (Datasette, sqlite-utils, pandas, DuckDB), plus:
--   sort_<f>         the rank of the record's value of sort field <f> (text without regard
--                    to case, then by case), nulls last;
--   sort_<f>_desc    the same rank reversed, nulls still last: a descending sort is an
--                    ascending scan of its own index.
-- <collection>_json tables hold each record as the API serves it (marshmallow's dump,
-- references embedded, links added), by the same rowid, so that serving never
-- re-serializes; apart, they keep the record tables narrow to scan and index.
-- <collection>_search tables are FTS5 (trigram) indexes of the searched texts, one row
-- per text, for `q`.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    headline TEXT NOT NULL,
    publisher TEXT NOT NULL,
    published TEXT NOT NULL,
    language TEXT NOT NULL,
    url TEXT,
    credit TEXT,
    summary TEXT NOT NULL,
    paragraphs INTEGER NOT NULL,
    text_sha256 TEXT NOT NULL,
    sort_published INTEGER NOT NULL,
    sort_published_desc INTEGER NOT NULL,
    sort_headline INTEGER NOT NULL,
    sort_headline_desc INTEGER NOT NULL
);

CREATE TABLE actors (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    classification TEXT,
    country TEXT,
    part_of TEXT,
    description TEXT NOT NULL,
    wikidata TEXT,
    evidence_article TEXT NOT NULL,
    evidence_paragraph INTEGER NOT NULL,
    evidence_section TEXT NOT NULL,
    evidence_exact TEXT NOT NULL,
    sort_name INTEGER NOT NULL,
    sort_name_desc INTEGER NOT NULL,
    sort_kind INTEGER NOT NULL,
    sort_kind_desc INTEGER NOT NULL,
    sort_country INTEGER NOT NULL,
    sort_country_desc INTEGER NOT NULL
);

CREATE TABLE actor_aliases (
    actor INTEGER NOT NULL REFERENCES actors (rowid),
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor, position)
) WITHOUT ROWID;

CREATE TABLE actor_roles (
    actor INTEGER NOT NULL REFERENCES actors (rowid),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    organization TEXT NOT NULL,
    former INTEGER NOT NULL,
    PRIMARY KEY (actor, position)
) WITHOUT ROWID;

CREATE TABLE statements (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    speaker TEXT NOT NULL,
    attribution TEXT NOT NULL,
    speech_type TEXT NOT NULL,
    text TEXT NOT NULL,
    cue TEXT NOT NULL,
    said_on TEXT,
    -- The first and last day said_on may mean (2022-02 is 2022-02-01 to 2022-02-31).
    said_on_start TEXT,
    said_on_end TEXT,
    place TEXT,
    occasion TEXT,
    reported_by TEXT,
    evidence_article TEXT NOT NULL,
    evidence_paragraph INTEGER NOT NULL,
    evidence_section TEXT NOT NULL,
    evidence_exact TEXT NOT NULL,
    sort_said_on INTEGER NOT NULL,
    sort_said_on_desc INTEGER NOT NULL,
    sort_speaker INTEGER NOT NULL,
    sort_speaker_desc INTEGER NOT NULL,
    sort_speech_type INTEGER NOT NULL,
    sort_speech_type_desc INTEGER NOT NULL,
    sort_paragraph INTEGER NOT NULL,
    sort_paragraph_desc INTEGER NOT NULL
);

-- Each list value once per statement (a mention written twice counts once).
CREATE TABLE statement_addressees (
    statement INTEGER NOT NULL REFERENCES statements (rowid),
    actor TEXT NOT NULL,
    PRIMARY KEY (statement, actor)
) WITHOUT ROWID;

CREATE TABLE statement_mentions (
    statement INTEGER NOT NULL REFERENCES statements (rowid),
    actor TEXT NOT NULL,
    PRIMARY KEY (statement, actor)
) WITHOUT ROWID;

CREATE TABLE statement_topics (
    statement INTEGER NOT NULL REFERENCES statements (rowid),
    topic TEXT NOT NULL,
    PRIMARY KEY (statement, topic)
) WITHOUT ROWID;

CREATE TABLE aid_figures (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    donor TEXT NOT NULL,
    recipient TEXT NOT NULL,
    amount_value INTEGER NOT NULL,
    amount_currency TEXT NOT NULL,
    amount_qualifier TEXT NOT NULL,
    aid_type TEXT NOT NULL,
    measure TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    as_of TEXT NOT NULL,
    purpose TEXT,
    reported_by TEXT,
    evidence_article TEXT NOT NULL,
    evidence_paragraph INTEGER NOT NULL,
    evidence_section TEXT NOT NULL,
    evidence_exact TEXT NOT NULL,
    sort_donor INTEGER NOT NULL,
    sort_donor_desc INTEGER NOT NULL,
    sort_recipient INTEGER NOT NULL,
    sort_recipient_desc INTEGER NOT NULL,
    sort_as_of INTEGER NOT NULL,
    sort_as_of_desc INTEGER NOT NULL,
    sort_amount INTEGER NOT NULL,
    sort_amount_desc INTEGER NOT NULL
);

CREATE TABLE aid_figure_equivalents (
    aid_figure INTEGER NOT NULL REFERENCES aid_figures (rowid),
    position INTEGER NOT NULL,
    value INTEGER NOT NULL,
    currency TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    converted_by TEXT NOT NULL,
    PRIMARY KEY (aid_figure, position)
) WITHOUT ROWID;

CREATE TABLE topics (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    statement_count INTEGER NOT NULL
);

CREATE TABLE articles_json (
    rowid INTEGER PRIMARY KEY,
    json BLOB NOT NULL
);

CREATE TABLE actors_json (
    rowid INTEGER PRIMARY KEY,
    json BLOB NOT NULL
);

CREATE TABLE statements_json (
    rowid INTEGER PRIMARY KEY,
    json BLOB NOT NULL
);

CREATE TABLE aid_figures_json (
    rowid INTEGER PRIMARY KEY,
    json BLOB NOT NULL
);

CREATE TABLE topics_json (
    rowid INTEGER PRIMARY KEY,
    json BLOB NOT NULL
);

-- The searched texts of each record, in one FTS5 (trigram) row whose rowid is the
-- record's: its texts (text and attribution, name and aliases, ...) joined with the
-- unit separator (U+001F), which no text holds, so that no hit spans two of them.
CREATE VIRTUAL TABLE articles_search USING fts5(text, tokenize = 'trigram');
CREATE VIRTUAL TABLE actors_search USING fts5(text, tokenize = 'trigram');
CREATE VIRTUAL TABLE statements_search USING fts5(text, tokenize = 'trigram');
CREATE VIRTUAL TABLE aid_figures_search USING fts5(text, tokenize = 'trigram');

-- How many records hold each value of each filter: a query of one filter value has its
-- total here, and a collection's facets before any filter.
CREATE TABLE filter_counts (
    collection TEXT NOT NULL,
    filter TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (collection, filter, value)
) WITHOUT ROWID;
