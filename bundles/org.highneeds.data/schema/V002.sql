-- Cell parsing macros (same rules as org.highneeds.data.internal.util.Markers) and the EES long table.
CREATE OR REPLACE MACRO hn_strip(t) AS trim(replace(replace(replace(replace(t, chr(160), ' '), '£', ''), '%', ''), chr(9), ' '));
CREATE OR REPLACE MACRO hn_unparen(s) AS CASE WHEN length(s) >= 2 AND starts_with(s, '(') AND ends_with(s, ')') THEN '-' || trim(s[2:-2]) ELSE s END;
CREATE OR REPLACE MACRO hn_num_text(t) AS hn_unparen(hn_strip(t));
CREATE OR REPLACE MACRO hn_num_ok(s) AS regexp_full_match(s, '[-+]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)?(\.[0-9]*)?([eE][-+]?[0-9]+)?')
    AND regexp_matches(regexp_replace(s, '[eE].*$', ''), '[0-9]');
CREATE OR REPLACE MACRO hn_value_slow(t) AS CASE WHEN hn_num_ok(hn_num_text(t)) THEN CAST(replace(hn_num_text(t), ',', '') AS DOUBLE) END;
-- fast path: plain numbers (the bulk of every file) skip the regular expressions
CREATE OR REPLACE MACRO hn_value(t) AS CASE
    WHEN isfinite(TRY_CAST(t AS DOUBLE)) AND NOT contains(t, '_') THEN TRY_CAST(t AS DOUBLE)
    ELSE hn_value_slow(t) END;
-- same as hn_value when x = TRY_CAST(t AS DOUBLE) was computed once beforehand (bulk inserts)
CREATE OR REPLACE MACRO hn_value_cast(t, x) AS CASE
    WHEN x IS NULL THEN CASE WHEN t IS NOT NULL THEN hn_value_slow(t) END
    WHEN isfinite(x) AND NOT contains(t, '_') THEN x
    END;
CREATE OR REPLACE MACRO hn_marker(t) AS CASE
    WHEN t IS NULL THEN ''
    WHEN isfinite(TRY_CAST(t AS DOUBLE)) AND NOT contains(t, '_') THEN NULL
    WHEN hn_value_slow(t) IS NOT NULL THEN NULL
    ELSE trim(replace(t, chr(160), ' ')) END;
-- marker of a cell whose parsed value is already known (avoids parsing twice in bulk inserts)
CREATE OR REPLACE MACRO hn_marker_of(t, value) AS CASE
    WHEN value IS NOT NULL THEN NULL
    WHEN t IS NULL THEN ''
    ELSE trim(replace(t, chr(160), ' ')) END;
-- 202122 (academic year) -> 2022, the January snapshot; 2022 -> 2022; 2016-17 -> 2017
CREATE OR REPLACE MACRO hn_period_year(p) AS CASE
    WHEN regexp_full_match(trim(p), '[0-9]{6}') THEN CAST(substr(trim(p), 1, 4) AS INTEGER) + 1
    WHEN regexp_full_match(trim(p), '[0-9]{4}') THEN CAST(trim(p) AS INTEGER)
    WHEN regexp_matches(trim(p), '^[0-9]{4}[-/][0-9]{2}') THEN CAST(substr(trim(p), 1, 4) AS INTEGER) + 1
    END;

-- The EES long table (one row per data row and indicator) is a VIEW that unpivots the raw tables on read:
-- writing ~50-90 long rows per published row cost several times the read itself. Each import adds the SELECT
-- over its raw table to ees_observation_source and the view is rebuilt as their UNION ALL (inside the import's
-- transaction). Periods that a newer release of the same dataset replaces are hidden through
-- ees_withdrawn_period (release_id = the older provenance id) instead of being deleted.
CREATE TABLE ees_observation_source (
    provenance_id BIGINT NOT NULL,
    select_sql VARCHAR NOT NULL
);
CREATE TABLE ees_withdrawn_period (
    release_id BIGINT NOT NULL,
    period_year INTEGER
);
CREATE VIEW ees_observation AS
SELECT CAST(NULL AS BIGINT) AS provenance_id, CAST(NULL AS VARCHAR) AS dataset_id, CAST(NULL AS VARCHAR) AS period,
    CAST(NULL AS INTEGER) AS period_year, CAST(NULL AS VARCHAR) AS time_identifier,
    CAST(NULL AS VARCHAR) AS geographic_level, CAST(NULL AS VARCHAR) AS la_code, CAST(NULL AS VARCHAR) AS ons_code,
    CAST(NULL AS VARCHAR) AS region_code, CAST(NULL AS JSON) AS filters, CAST(NULL AS VARCHAR) AS measure,
    CAST(NULL AS DOUBLE) AS value, CAST(NULL AS VARCHAR) AS marker
WHERE false;

-- Which raw table holds the file of an import (raw tables keep files as published, all VARCHAR).
CREATE TABLE raw_table (
    provenance_id BIGINT NOT NULL,
    table_name VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL
);
