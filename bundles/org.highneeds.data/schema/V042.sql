-- ONS mid-year population estimates by single year of age. Owner: importer ons.mye.
CREATE TABLE population (
    provenance_id  BIGINT  NOT NULL,
    mid_year       INTEGER NOT NULL,   -- estimate at 30 June of this year
    ons_code       VARCHAR NOT NULL,   -- GSS code, e.g. E09000003 Barnet
    area_name      VARCHAR,
    geography      VARCHAR NOT NULL,   -- UTLA, LTLA, LAD, ... as named by the file
    geography_year INTEGER,            -- boundary vintage, e.g. 2019 for utla19
    age            INTEGER NOT NULL,   -- single year of age; 90 stands for 90 and over
    age_label      VARCHAR NOT NULL,   -- the heading: 0 .. 89, 90+
    sex            VARCHAR NOT NULL,   -- persons, male, female
    persons        BIGINT,             -- NULL when the cell holds a marker
    marker         VARCHAR,            -- c, x, z, low, u, : or '' (blank) when persons is NULL
    source_row     BIGINT
);
CREATE INDEX population_code ON population (ons_code, mid_year);

-- Population aged 2 to 18 (the high needs benchmarking denominator) per area and mid-year.
-- complete is false when any single year is missing or suppressed.
CREATE VIEW population_aged_2_to_18 AS
SELECT provenance_id, mid_year, geography, geography_year, ons_code, any_value(area_name) AS area_name, sex,
       sum(persons) AS persons, count(persons) = 17 AS complete
FROM population
WHERE age BETWEEN 2 AND 18
GROUP BY provenance_id, mid_year, geography, geography_year, ons_code, sex;
