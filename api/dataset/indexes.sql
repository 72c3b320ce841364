-- The snapshot's indexes, created once its rows are written (api/dataset/build.py): one
-- for every filter and for every sort of the allow-lists, in both directions. Every
-- index ends with the rowid, which is id order: the tie-breaker of every sort.

CREATE INDEX articles_sort_published ON articles (sort_published);
CREATE INDEX articles_sort_published_desc ON articles (sort_published_desc);
CREATE INDEX articles_sort_headline ON articles (sort_headline);
CREATE INDEX articles_sort_headline_desc ON articles (sort_headline_desc);

CREATE INDEX actors_kind ON actors (kind);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_wikidata ON actors (wikidata);
CREATE INDEX actors_sort_name ON actors (sort_name);
CREATE INDEX actors_sort_name_desc ON actors (sort_name_desc);
CREATE INDEX actors_sort_kind ON actors (sort_kind);
CREATE INDEX actors_sort_kind_desc ON actors (sort_kind_desc);
CREATE INDEX actors_sort_country ON actors (sort_country);
CREATE INDEX actors_sort_country_desc ON actors (sort_country_desc);

CREATE INDEX statements_speaker ON statements (speaker);
-- A speaker's statements by date or paragraph: an actor's page of statements, any order.
CREATE INDEX statements_speaker_said_on ON statements (speaker, sort_said_on);
CREATE INDEX statements_speaker_said_on_desc ON statements (speaker, sort_said_on_desc);
CREATE INDEX statements_speaker_paragraph ON statements (speaker, sort_paragraph);
CREATE INDEX statements_speaker_paragraph_desc ON statements (speaker, sort_paragraph_desc);
-- A speaker's statements in a date range, without reading the rows.
CREATE INDEX statements_speaker_said_on_end ON statements (speaker, said_on_end);
CREATE INDEX statements_speaker_said_on_start ON statements (speaker, said_on_start);
CREATE INDEX statements_speech_type ON statements (speech_type);
CREATE INDEX statements_reported_by ON statements (reported_by);
CREATE INDEX statements_article ON statements (evidence_article);
CREATE INDEX statements_section ON statements (evidence_section);
CREATE INDEX statements_said_on ON statements (said_on);
CREATE INDEX statements_said_on_start ON statements (said_on_start);
CREATE INDEX statements_said_on_end ON statements (said_on_end);
CREATE INDEX statements_sort_said_on ON statements (sort_said_on);
CREATE INDEX statements_sort_said_on_desc ON statements (sort_said_on_desc);
CREATE INDEX statements_sort_speaker ON statements (sort_speaker);
CREATE INDEX statements_sort_speaker_desc ON statements (sort_speaker_desc);
CREATE INDEX statements_sort_speech_type ON statements (sort_speech_type);
CREATE INDEX statements_sort_speech_type_desc ON statements (sort_speech_type_desc);
CREATE INDEX statements_sort_paragraph ON statements (sort_paragraph);
CREATE INDEX statements_sort_paragraph_desc ON statements (sort_paragraph_desc);
CREATE INDEX statement_addressees_actor ON statement_addressees (actor, statement);
CREATE INDEX statement_mentions_actor ON statement_mentions (actor, statement);
CREATE INDEX statement_topics_topic ON statement_topics (topic, statement);

CREATE INDEX aid_figures_donor ON aid_figures (donor);
CREATE INDEX aid_figures_recipient ON aid_figures (recipient);
CREATE INDEX aid_figures_currency ON aid_figures (amount_currency);
CREATE INDEX aid_figures_aid_type ON aid_figures (aid_type);
CREATE INDEX aid_figures_measure ON aid_figures (measure);
CREATE INDEX aid_figures_article ON aid_figures (evidence_article);
CREATE INDEX aid_figures_sort_donor ON aid_figures (sort_donor);
CREATE INDEX aid_figures_sort_donor_desc ON aid_figures (sort_donor_desc);
CREATE INDEX aid_figures_sort_recipient ON aid_figures (sort_recipient);
CREATE INDEX aid_figures_sort_recipient_desc ON aid_figures (sort_recipient_desc);
CREATE INDEX aid_figures_sort_as_of ON aid_figures (sort_as_of);
CREATE INDEX aid_figures_sort_as_of_desc ON aid_figures (sort_as_of_desc);
CREATE INDEX aid_figures_sort_amount ON aid_figures (sort_amount);
CREATE INDEX aid_figures_sort_amount_desc ON aid_figures (sort_amount_desc);

-- A filter's values, most records first: the facets of an unfiltered collection.
CREATE INDEX filter_counts_largest ON filter_counts (collection, filter, count DESC, value);
