-- issue 11: the DfE lists of section 41 approved institutions and of independent and non-maintained special schools
-- IF NOT EXISTS: a workspace of the layout before V060 re-runs the versions from V060 on (AnalystSchemaTest)
CREATE TABLE IF NOT EXISTS s41_institution (
    provenance_id    BIGINT  NOT NULL,
    list_section     VARCHAR NOT NULL,  -- approved, provisional, withdrawn
    gias_reference   VARCHAR,
    la_code          VARCHAR,
    estab            INTEGER,
    laestab          INTEGER,
    local_authority  VARCHAR,
    trading_name     VARCHAR,
    legal_name       VARCHAR,
    institution_type VARCHAR,
    date_approved    DATE,
    date_removed     DATE,
    source_row       BIGINT
);
CREATE TABLE IF NOT EXISTS independent_special_school (
    provenance_id      BIGINT  NOT NULL,
    la_code            VARCHAR,
    estab              INTEGER,
    laestab            INTEGER,
    local_authority    VARCHAR,
    school_name        VARCHAR,
    proprietor_name    VARCHAR,
    school_type        VARCHAR,
    section41_approval VARCHAR,
    source_row         BIGINT
);
COMMENT ON TABLE s41_institution IS 'Special schools and colleges approved under section 41 of the Children and Families Act 2014 (England and Wales): the approved list, the provisional list and the institutions withdrawn since 2014, as published. Source: DfE, Independent special schools and colleges (GOV.UK), Approved_S41_Full_List_*.xlsx.';
COMMENT ON COLUMN s41_institution.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN s41_institution.list_section IS 'Which part of the list the row is in: approved, provisional (not yet fully inspected by Ofsted) or withdrawn.';
COMMENT ON COLUMN s41_institution.gias_reference IS 'The Getting Information about Schools reference as published, LLL/EEEE (LA number / establishment number); NULL when blank.';
COMMENT ON COLUMN s41_institution.la_code IS 'DfE 3-digit LA number from the GIAS reference (Welsh LAs have 6xx codes).';
COMMENT ON COLUMN s41_institution.estab IS 'Establishment number from the GIAS reference.';
COMMENT ON COLUMN s41_institution.laestab IS 'LA number x 10000 + establishment number (LAESTAB); join to setting on it.';
COMMENT ON COLUMN s41_institution.local_authority IS 'Local authority as named in the list (DfE spellings, Welsh areas as written).';
COMMENT ON COLUMN s41_institution.trading_name IS 'Institution trading name as published.';
COMMENT ON COLUMN s41_institution.legal_name IS 'Legal name of the proprietor as published.';
COMMENT ON COLUMN s41_institution.institution_type IS 'Independent special school, Special post-16 institution (or both) as published, spaces trimmed.';
COMMENT ON COLUMN s41_institution.date_approved IS 'Date approved under section 41 (approved and provisional sections); NULL in the withdrawn section.';
COMMENT ON COLUMN s41_institution.date_removed IS 'Date removed from the list (withdrawn section only).';
COMMENT ON COLUMN s41_institution.source_row IS 'Row of the sheet the institution is on.';
COMMENT ON TABLE independent_special_school IS 'Independent special schools in England, including non-maintained special schools, that are not section 41 approved: the GIAS-generated DfE list. Source: DfE, Independent special schools and colleges (GOV.UK), IndSpec_not_s41.xlsx.';
COMMENT ON COLUMN independent_special_school.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN independent_special_school.la_code IS 'DfE 3-digit LA number (the GIAS reference column).';
COMMENT ON COLUMN independent_special_school.estab IS 'Establishment number (the unheaded column beside the GIAS reference).';
COMMENT ON COLUMN independent_special_school.laestab IS 'LA number x 10000 + establishment number (LAESTAB); join to setting on it.';
COMMENT ON COLUMN independent_special_school.local_authority IS 'Local authority as named in the list.';
COMMENT ON COLUMN independent_special_school.school_name IS 'School name as published.';
COMMENT ON COLUMN independent_special_school.proprietor_name IS 'Proprietor as published (blank for non-maintained special schools; sometimes a person).';
COMMENT ON COLUMN independent_special_school.school_type IS 'Other independent special school or Non-maintained special school.';
COMMENT ON COLUMN independent_special_school.section41_approval IS 'Section 41 approval as published: No, or Not applicable for non-maintained special schools.';
COMMENT ON COLUMN independent_special_school.source_row IS 'Row of the sheet the school is on.';
