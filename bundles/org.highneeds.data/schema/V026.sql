-- V026: Dedicated schools grant allocations, long form (importer finance.dsg-allocations).
-- block: schools, central_school_services, high_needs, early_years or total; measure: the column heading text
-- (group headings joined with ' | '); unit: 'GBP', 'GBP million' (2019-20 amalgamated sheet), 'count', 'GBP per hour'...
CREATE TABLE IF NOT EXISTS dsg_allocation (
    provenance_id  BIGINT NOT NULL,
    financial_year VARCHAR NOT NULL,  -- '2023-24'
    edition        VARCHAR NOT NULL,  -- 'allocations' (yearly ESFA workbook) or 'amalgamated' (DfE summary workbook)
    sheet          VARCHAR NOT NULL,
    la_code        VARCHAR NOT NULL,  -- 3-digit, or '970' for the ENGLAND row
    block          VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL,
    column_ref     VARCHAR,           -- the workbook's own column letter, e.g. '[I]'
    unit           VARCHAR,
    value          DOUBLE,
    marker         VARCHAR
);
