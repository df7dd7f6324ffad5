-- issue 11: the DfE dashboard's derived DSG tables: cumulative balance as % of DSG, and total DSG per LA and year
-- IF NOT EXISTS: a workspace of the layout before V060 re-runs the versions from V060 on (AnalystSchemaTest)
CREATE TABLE IF NOT EXISTS dsg_deficit (
    provenance_id    BIGINT  NOT NULL,
    period           VARCHAR NOT NULL,  -- 201920
    period_year      INTEGER NOT NULL,
    financial_year   VARCHAR,           -- 2019-20
    geographic_level VARCHAR,
    region_name      VARCHAR,
    la_name          VARCHAR,
    deficit_pct      DOUBLE,
    balance_pct      DOUBLE,
    source_row       BIGINT
);
CREATE TABLE IF NOT EXISTS dsg_total_allocation (
    provenance_id   BIGINT  NOT NULL,
    period          VARCHAR NOT NULL,
    period_year     INTEGER NOT NULL,
    geographic_level VARCHAR NOT NULL,  -- Local authority or Group
    la_code         VARCHAR,
    area_name       VARCHAR,
    total_dsg_gbp   DOUBLE,
    sheet           VARCHAR,
    source_row      BIGINT
);
COMMENT ON TABLE dsg_deficit IS 'Cumulative DSG balance as a percentage of the total DSG allocation, by LA, region and England and financial year (positive = cumulative deficit). Derived by DfE analysts from the S251 outturn and the DSG allocations for the SEND and AP inclusion dashboard. Source: dfe-analytical-services/SEND-AP-Inclusion-Dashboard, data/finance/dsg_deficit_derived.xlsx.';
COMMENT ON COLUMN dsg_deficit.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN dsg_deficit.period IS 'Financial year as EES writes it, e.g. 201920.';
COMMENT ON COLUMN dsg_deficit.period_year IS 'Calendar year in which the financial year ends (2020 for 2019-20).';
COMMENT ON COLUMN dsg_deficit.financial_year IS 'Financial year as published, e.g. 2019-20.';
COMMENT ON COLUMN dsg_deficit.geographic_level IS 'National, Regional or Local authority.';
COMMENT ON COLUMN dsg_deficit.region_name IS 'Region (England on the national rows; Inner and Outer London summed as London).';
COMMENT ON COLUMN dsg_deficit.la_name IS 'LA name as published (the file has no LA code: join on the name); NULL on national and regional rows.';
COMMENT ON COLUMN dsg_deficit.deficit_pct IS 'DSG carried forward to next year (S251 line 1.9.3) as a percentage of the total DSG allocation; above 0 = cumulative deficit, below 0 = surplus.';
COMMENT ON COLUMN dsg_deficit.balance_pct IS 'DSG cumulative balance as a % of the total income, as published (= minus deficit_pct).';
COMMENT ON COLUMN dsg_deficit.source_row IS 'Row of the sheet.';
COMMENT ON TABLE dsg_total_allocation IS 'Total DSG allocation in pounds per LA (and group rows: England, regions, LA types) and financial year, one sheet per year in the file. Taken by DfE analysts from the ESFA DSG allocation tables (Allocations_summary). Source: dfe-analytical-services/SEND-AP-Inclusion-Dashboard, data/finance/DSG_by_year_dr.xlsx.';
COMMENT ON COLUMN dsg_total_allocation.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN dsg_total_allocation.period IS 'Financial year as EES writes it, e.g. 202324.';
COMMENT ON COLUMN dsg_total_allocation.period_year IS 'Calendar year in which the financial year ends (2024 for 2023-24).';
COMMENT ON COLUMN dsg_total_allocation.geographic_level IS 'Local authority, or Group for the total rows (ENGLAND, LONDON, regions, METROPOLITAN AUTHORITIES, ...).';
COMMENT ON COLUMN dsg_total_allocation.la_code IS 'DfE 3-digit LA number; NULL on group rows.';
COMMENT ON COLUMN dsg_total_allocation.area_name IS 'LA name, or the group label as published on group rows.';
COMMENT ON COLUMN dsg_total_allocation.total_dsg_gbp IS 'Total DSG allocation (pounds); 2019-20 has fractional pounds (published in millions).';
COMMENT ON COLUMN dsg_total_allocation.sheet IS 'The sheet of the workbook the row is on (one per year, e.g. dsg_budget_2024_03_30).';
COMMENT ON COLUMN dsg_total_allocation.source_row IS 'Row of the sheet.';
