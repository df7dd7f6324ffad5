-- V060: the analysts' schema. `main` keeps only what a person queries (the normalised tables and views, reference
-- tables, provenance); files as published move to schema `raw` and the importers' bookkeeping to schema `meta`.
-- Two schemas rather than one: `raw` holds data (a published cell can be checked there, and the Data view's
-- "staging" toggle or `raw.` in the SQL console reach it), `meta` holds nothing an analyst reads.
-- DuckDB 1.4 cannot move a table between schemas (ALTER TABLE ... SET SCHEMA is not implemented), so each table is
-- created again in its new schema (the bookkeeping with its columns and constraints), filled in its row order and
-- dropped from main. The raw_p<N> tables (one per import, so not known to this script) are moved by the Java part of this
-- version (AnalystSchemaMigration), which then rebuilds every view over them; all of it is one transaction.
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS meta;

-- the migrator's own record (SchemaMigrator looks in meta first, then in main)
CREATE TABLE meta.schema_version (
    version INTEGER PRIMARY KEY,
    script VARCHAR,
    applied_at TIMESTAMP DEFAULT current_timestamp
);
INSERT INTO meta.schema_version SELECT * FROM main.schema_version ORDER BY version;
DROP TABLE main.schema_version;

CREATE TABLE meta.raw_table (
    provenance_id BIGINT NOT NULL,
    table_name VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL
);
INSERT INTO meta.raw_table SELECT * FROM main.raw_table ORDER BY rowid;
DROP TABLE main.raw_table;

CREATE TABLE meta.ees_observation_source (
    provenance_id BIGINT NOT NULL,
    select_sql VARCHAR NOT NULL
);
INSERT INTO meta.ees_observation_source SELECT * FROM main.ees_observation_source ORDER BY rowid;
DROP TABLE main.ees_observation_source;

CREATE TABLE meta.ees_withdrawn_period (
    release_id BIGINT NOT NULL,
    period_year INTEGER
);
INSERT INTO meta.ees_withdrawn_period SELECT * FROM main.ees_withdrawn_period ORDER BY rowid;
DROP TABLE main.ees_withdrawn_period;

CREATE TABLE meta.view_source (
    view_name VARCHAR NOT NULL,
    provenance_id BIGINT NOT NULL,
    select_sql VARCHAR NOT NULL
);
INSERT INTO meta.view_source SELECT * FROM main.view_source ORDER BY rowid;
DROP TABLE main.view_source;

CREATE TABLE meta.view_period (
    view_name VARCHAR NOT NULL,
    provenance_id BIGINT NOT NULL,
    period_year INTEGER,
    withdrawn_by BIGINT
);
INSERT INTO meta.view_period SELECT * FROM main.view_period ORDER BY rowid;
DROP TABLE main.view_period;

CREATE TABLE meta.generic_import (
    provenance_id BIGINT NOT NULL,
    table_name    VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,
    sheet         VARCHAR NOT NULL,
    columns_json  VARCHAR NOT NULL,
    row_count     BIGINT NOT NULL
);
INSERT INTO meta.generic_import SELECT * FROM main.generic_import ORDER BY rowid;
DROP TABLE main.generic_import;

-- the SEN2 rows imported before V005 (part of the views ehcp_caseload, ... as before); nothing writes these tables
-- any more (a newer release only deletes from them), so a copy of the rows without the NOT NULL constraints will do
CREATE TABLE raw.ehcp_caseload_stored AS SELECT * FROM main.ehcp_caseload_stored ORDER BY rowid;
DROP TABLE main.ehcp_caseload_stored;
CREATE TABLE raw.ehcp_new_plans_stored AS SELECT * FROM main.ehcp_new_plans_stored ORDER BY rowid;
DROP TABLE main.ehcp_new_plans_stored;
CREATE TABLE raw.ehcp_ceased_stored AS SELECT * FROM main.ehcp_ceased_stored ORDER BY rowid;
DROP TABLE main.ehcp_ceased_stored;
CREATE TABLE raw.ehcp_activity_stored AS SELECT * FROM main.ehcp_activity_stored ORDER BY rowid;
DROP TABLE main.ehcp_activity_stored;

-- the SELECTs kept for the views name their raw table schema-qualified from now on
UPDATE meta.view_source SET select_sql = regexp_replace(select_sql, '"raw_p([0-9]+)"', 'raw."raw_p\1"', 'g');
UPDATE meta.ees_observation_source SET select_sql = regexp_replace(select_sql, '"raw_p([0-9]+)"', 'raw."raw_p\1"', 'g');

-- views written by scripts (the SEN2 views with sources are rebuilt by the Java part)
CREATE OR REPLACE VIEW ehcp_caseload AS SELECT * FROM raw.ehcp_caseload_stored;
CREATE OR REPLACE VIEW ehcp_new_plans AS SELECT * FROM raw.ehcp_new_plans_stored;
CREATE OR REPLACE VIEW ehcp_ceased AS SELECT * FROM raw.ehcp_ceased_stored;
CREATE OR REPLACE VIEW ehcp_activity AS SELECT * FROM raw.ehcp_activity_stored;
CREATE OR REPLACE VIEW ehcp_caseload_latest AS
WITH pairs AS (SELECT DISTINCT period_year, provenance_id FROM raw.ehcp_caseload_stored
               UNION SELECT period_year, provenance_id FROM meta.view_period
               WHERE view_name = 'ehcp_caseload' AND withdrawn_by IS NULL),
rel AS (SELECT e.period_year, e.provenance_id, hn_period_year(p.period_to) AS release_year
        FROM pairs e JOIN provenance p ON p.id = e.provenance_id),
best AS (SELECT period_year, max(release_year) AS release_year FROM rel GROUP BY period_year)
SELECT e.* FROM ehcp_caseload e JOIN rel USING (period_year, provenance_id) JOIN best USING (period_year, release_year);
