-- GIAS establishments (one row per URN per import). Owner: importer gias.establishments.
CREATE TABLE setting (
    provenance_id                BIGINT  NOT NULL,
    urn                          INTEGER NOT NULL,
    name                         VARCHAR,
    la_code                      VARCHAR,      -- DfE 3-digit LA code, e.g. 201 City of London
    la_name                      VARCHAR,
    establishment_type_code      VARCHAR,      -- GIAS TypeOfEstablishment (code), 2 digits
    establishment_type           VARCHAR,      -- GIAS TypeOfEstablishment (name)
    establishment_type_group     VARCHAR,
    provision_category           VARCHAR NOT NULL, -- mainstream, special maintained, special academy-free, non-maintained special, independent special, AP-PRU, FE, SPI, other
    status                       VARCHAR,
    open_date                    DATE,
    close_date                   DATE,
    phase                        VARCHAR,
    statutory_low_age            INTEGER,
    statutory_high_age           INTEGER,
    capacity                     INTEGER,
    number_of_pupils             INTEGER,
    census_date                  DATE,
    postcode                     VARCHAR,
    easting                      INTEGER,
    northing                     INTEGER,
    gss_la_code                  VARCHAR,      -- ONS code of the LA, e.g. E09000001
    section41_approved           BOOLEAN,      -- NULL when not applicable
    type_of_resourced_provision  VARCHAR,      -- NULL when not applicable
    has_resourced_provision      BOOLEAN,
    has_sen_unit                 BOOLEAN,
    resourced_provision_on_roll  INTEGER,
    resourced_provision_capacity INTEGER,
    sen_unit_on_roll             INTEGER,
    sen_unit_capacity            INTEGER,
    sen_provision_types          VARCHAR[],    -- GIAS SEN1..SEN13 names in file order
    sen_provision_codes          VARCHAR[],    -- their need codes, e.g. ASD, SEMH
    source_row                   BIGINT        -- line in the source file
);
CREATE INDEX setting_urn ON setting (urn);
CREATE INDEX setting_la ON setting (la_code);
