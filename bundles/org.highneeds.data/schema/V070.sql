-- issue 11: the school census pupils-by-school file of the performance tables and its field dictionary
-- IF NOT EXISTS: a workspace of the layout before V060 re-runs the versions from V060 on (AnalystSchemaTest)
CREATE TABLE IF NOT EXISTS school_census (
    provenance_id              BIGINT  NOT NULL,
    geographic_level           VARCHAR NOT NULL,  -- School or National
    urn                        INTEGER,
    la_code                    VARCHAR,
    estab                      INTEGER,
    laestab                    INTEGER,
    national_phase             VARCHAR,           -- PRI, SEC, SPE on the national rows
    school_type                VARCHAR,
    pupils                     INTEGER,
    girls                      INTEGER,
    boys                       INTEGER,
    pct_girls                  DOUBLE,
    pct_boys                   DOUBLE,
    ehc_plans                  INTEGER,
    pct_ehc_plans              DOUBLE,
    sen_support                INTEGER,
    pct_sen_support            DOUBLE,
    eal                        INTEGER,
    english_first_language     INTEGER,
    language_unclassified      INTEGER,
    pct_eal                    DOUBLE,
    pct_english_first_language DOUBLE,
    pct_language_unclassified  DOUBLE,
    fsm                        INTEGER,
    fsm_ever_6                 INTEGER,
    pct_fsm_ever_6             DOUBLE,
    not_published              VARCHAR[] NOT NULL,
    source_row                 BIGINT
);
CREATE TABLE IF NOT EXISTS school_census_field (
    provenance_id   BIGINT  NOT NULL,
    field_number    INTEGER,
    field_reference VARCHAR NOT NULL,
    column_name     VARCHAR,
    field_name      VARCHAR,
    field_values    VARCHAR,
    data_format     VARCHAR,
    la_level        BOOLEAN,
    national_level  BOOLEAN,
    source_row      BIGINT
);
COMMENT ON TABLE school_census IS 'Pupils by school from the January school census as published in the school performance tables (england_census.csv): pupils on roll, EHC plans and SEN support, EAL and FSM, one row per URN plus national rows. Source: DfE, Compare school and college performance, pupil population (census).';
COMMENT ON COLUMN school_census.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN school_census.geographic_level IS 'School (one establishment, by URN) or National (the file''s NAT rows, one per phase).';
COMMENT ON COLUMN school_census.urn IS 'School unique reference number (URN) as at the census; join to setting.urn. NULL on national rows.';
COMMENT ON COLUMN school_census.la_code IS 'DfE 3-digit LA number (LA); NULL on national rows.';
COMMENT ON COLUMN school_census.estab IS 'Establishment number within the LA (ESTAB); NULL on national rows.';
COMMENT ON COLUMN school_census.laestab IS 'LA number x 10000 + establishment number (LAESTAB).';
COMMENT ON COLUMN school_census.national_phase IS 'On national rows the phase summed: PRI, SEC or SPE (the ESTAB cell of the NAT rows).';
COMMENT ON COLUMN school_census.school_type IS 'Type of school as published (SCHOOLTYPE), e.g. State-funded special school.';
COMMENT ON COLUMN school_census.pupils IS 'Total number of pupils on roll (NOR); NULL when not published (see not_published).';
COMMENT ON COLUMN school_census.girls IS 'Number of girls on roll (NORG); NULL when not published.';
COMMENT ON COLUMN school_census.boys IS 'Number of boys on roll (NORB); NULL when not published.';
COMMENT ON COLUMN school_census.pct_girls IS 'Percentage of girls on roll (PNORG); NULL when not published.';
COMMENT ON COLUMN school_census.pct_boys IS 'Percentage of boys on roll (PNORB); NULL when not published.';
COMMENT ON COLUMN school_census.ehc_plans IS 'Number of pupils with an EHC plan or statement (TSENELSE); NULL when not published.';
COMMENT ON COLUMN school_census.pct_ehc_plans IS 'Percentage of pupils with an EHC plan (PSENELSE); NULL when not published.';
COMMENT ON COLUMN school_census.sen_support IS 'Number of pupils on SEN support (TSENELK); NULL when not published.';
COMMENT ON COLUMN school_census.pct_sen_support IS 'Percentage of pupils on SEN support (PSENELK); NULL when not published.';
COMMENT ON COLUMN school_census.eal IS 'Number of pupils whose first language is not English (NUMEAL); NULL when not published.';
COMMENT ON COLUMN school_census.english_first_language IS 'Number of pupils with English as first language (NUMENGFL); NULL when not published.';
COMMENT ON COLUMN school_census.language_unclassified IS 'Number of pupils whose first language is unclassified (NUMUNCFL); NULL when not published.';
COMMENT ON COLUMN school_census.pct_eal IS 'Percentage of pupils whose first language is not English (PNUMEAL); NULL when not published.';
COMMENT ON COLUMN school_census.pct_english_first_language IS 'Percentage of pupils with English as first language (PNUMENGFL); NULL when not published.';
COMMENT ON COLUMN school_census.pct_language_unclassified IS 'Percentage of pupils whose first language is unclassified (PNUMUNCFL); NULL when not published.';
COMMENT ON COLUMN school_census.fsm IS 'Number of pupils eligible for free school meals (NUMFSM); NULL when not published.';
COMMENT ON COLUMN school_census.fsm_ever_6 IS 'Number of pupils eligible for FSM at any time in the past 6 years (NUMFSMEVER); NULL when not published.';
COMMENT ON COLUMN school_census.pct_fsm_ever_6 IS 'Percentage of pupils eligible for FSM at any time in the past 6 years (PNUMFSMEVER); NULL when not published.';
COMMENT ON COLUMN school_census.not_published IS 'The columns of this row whose cell was NA (not applicable or not available) or blank: NULL there, never 0.';
COMMENT ON COLUMN school_census.source_row IS 'Line of the row in the source file.';
COMMENT ON TABLE school_census_field IS 'The field dictionary of the school census file (census_meta.csv); its field names also describe the columns of school_census. Source: DfE, Compare school and college performance.';
COMMENT ON COLUMN school_census_field.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN school_census_field.field_number IS 'Position of the field in the census file (Field Number).';
COMMENT ON COLUMN school_census_field.field_reference IS 'Column name in the census file (Field Reference), e.g. TSENELSE.';
COMMENT ON COLUMN school_census_field.column_name IS 'The column of school_census holding the field; NULL for a field the workbench does not know.';
COMMENT ON COLUMN school_census_field.field_name IS 'What the field is, in words (Field Name).';
COMMENT ON COLUMN school_census_field.field_values IS 'Form of the values as published (Values), e.g. 9999 or NA.';
COMMENT ON COLUMN school_census_field.data_format IS 'Data format code as published (Data Format), e.g. A4.';
COMMENT ON COLUMN school_census_field.la_level IS 'Whether the field is published at LA level (LA level field?).';
COMMENT ON COLUMN school_census_field.national_level IS 'Whether the field is published at national level (National level field?).';
COMMENT ON COLUMN school_census_field.source_row IS 'Line of the row in the source file.';
