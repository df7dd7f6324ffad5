-- DfE local authority school places scorecards, long form. Owner: importers dfe.scorecards and dfe.scorecards.metadata.
CREATE TABLE scorecard_value (
    provenance_id    BIGINT  NOT NULL,
    period           VARCHAR NOT NULL,  -- academic year of the scorecard, e.g. 2024/25
    geographic_level VARCHAR,           -- National or Local authority
    la_code          VARCHAR,           -- DfE 3-digit LA code, NULL on the national row
    new_la_code      VARCHAR,           -- ONS code of the LA
    la_name          VARCHAR,
    region_code      VARCHAR,
    region_name      VARCHAR,
    phase            VARCHAR NOT NULL,  -- primary, secondary or all (taken from the measure name)
    measure          VARCHAR NOT NULL,  -- column name of the data file, e.g. Quan_P_Su
    value            DOUBLE,            -- NULL when the cell holds a marker
    marker           VARCHAR,           -- z, low, c, x, u, :, NA, NaN or '' (blank) when value is NULL
    source_row       BIGINT,
    source_column    INTEGER
);
CREATE INDEX scorecard_value_la ON scorecard_value (la_code, period);

CREATE TABLE scorecard_measure (
    provenance_id BIGINT  NOT NULL,
    measure       VARCHAR NOT NULL,     -- programmer_friendly_names
    description   VARCHAR,              -- user_friendly_names
    phase         VARCHAR NOT NULL,
    source_row    BIGINT
);
