-- V020: LA reference tables (data-sheets importers).
-- la: one row per DfE 3-digit LA number from the LAIT LA code list (la_code_list.xlsx), loaded by importer
-- reference.la-code-list; ons_code is filled from la_ons_code (the code list itself has none).
CREATE TABLE IF NOT EXISTS la (
    la_code       VARCHAR NOT NULL PRIMARY KEY,  -- 3-digit DfE LA number ('302'); regions/England use 970-990
    ons_code      VARCHAR,                       -- current ONS/GSS code (E09000003), NULL for regions
    name          VARCHAR NOT NULL,              -- as published, e.g. 'Dorset (Pre LG)'
    region        VARCHAR,                       -- 'Outer London', 'South West'; NULL for region/England rows
    la_type       VARCHAR,                       -- UA, MD, SC, OLB, ILB; NULL for region/England rows
    is_current    BOOLEAN NOT NULL,              -- false for LAs abolished by a boundary change
    provenance_id BIGINT NOT NULL
);

-- la_ons_code: which ONS code a 3-digit LA number carried in which years (seeded by V022).
CREATE TABLE IF NOT EXISTS la_ons_code (
    la_code   VARCHAR NOT NULL,
    ons_code  VARCHAR NOT NULL,
    la_name   VARCHAR NOT NULL,
    year_from INTEGER,          -- first calendar year in force, NULL = since before 2010
    year_to   INTEGER,          -- last calendar year in force, NULL = still in force
    source    VARCHAR NOT NULL,
    PRIMARY KEY (la_code, ons_code)
);

-- la_successor: curated boundary and code changes (seeded by V021).
-- kind: 'merge' = the old LA is wholly inside the new one (add predecessors up);
--       'split' = the new LA is part of the old one (old figures cover more than the new LA);
--       'code_change' = same area and 3-digit number, new ONS code.
CREATE TABLE IF NOT EXISTS la_successor (
    old_la_code    VARCHAR NOT NULL,
    new_la_code    VARCHAR NOT NULL,
    effective_year INTEGER NOT NULL,   -- calendar year of the change (always 1 April)
    effective_date DATE NOT NULL,
    kind           VARCHAR NOT NULL CHECK (kind IN ('merge', 'split', 'code_change')),
    old_ons_code   VARCHAR,
    new_ons_code   VARCHAR,
    note           VARCHAR NOT NULL,
    PRIMARY KEY (old_la_code, new_la_code, effective_year)
);
