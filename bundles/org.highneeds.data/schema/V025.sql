-- V025: High needs benchmarking tool data sheet, long form (importer finance.hn-benchmarking).
-- measure is built from the header text of the multi-row header (block title + column heading);
-- value NULL with marker for errors (#REF!, #N/A, #DIV/0!), suppression codes and blanks.
CREATE TABLE IF NOT EXISTS hn_benchmarking (
    provenance_id BIGINT NOT NULL,
    period        VARCHAR NOT NULL,   -- the tool's year, e.g. '2021-22'
    la_code       VARCHAR NOT NULL,
    measure       VARCHAR NOT NULL,
    column_ref    VARCHAR NOT NULL,   -- spreadsheet column letters in the source, for tracing only
    value         DOUBLE,
    marker        VARCHAR
);
