-- SEN2 EHC plan tables, normalised across both SEN2 file families (pre-2023 and 2023+ layouts).
-- Every row is one published cell; 'all' in a dimension means the total over it. Query a dimension by fixing
-- the others to 'all' (e.g. placement by LA: age_group = 'all' AND need = 'all' AND sex = 'all').
CREATE TABLE placement_category (
    code VARCHAR PRIMARY KEY,
    group_code VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    specialist BOOLEAN NOT NULL,
    inmss BOOLEAN NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE ehcp_caseload (
    provenance_id BIGINT NOT NULL,
    dataset_id VARCHAR NOT NULL,
    period_year INTEGER NOT NULL,
    geographic_level VARCHAR NOT NULL,
    la_code VARCHAR,
    ons_code VARCHAR,
    region_code VARCHAR,
    age_group VARCHAR NOT NULL,
    age_band VARCHAR NOT NULL,
    need VARCHAR NOT NULL,
    placement_category VARCHAR NOT NULL,
    sex VARCHAR NOT NULL,
    ehcp_count DOUBLE,
    marker VARCHAR
);
CREATE TABLE ehcp_new_plans (
    provenance_id BIGINT NOT NULL,
    dataset_id VARCHAR NOT NULL,
    period_year INTEGER NOT NULL,
    geographic_level VARCHAR NOT NULL,
    la_code VARCHAR,
    ons_code VARCHAR,
    region_code VARCHAR,
    age_group VARCHAR NOT NULL,
    age_band VARCHAR NOT NULL,
    need VARCHAR NOT NULL,
    placement_category VARCHAR NOT NULL,
    new_plans DOUBLE,
    marker VARCHAR
);
CREATE TABLE ehcp_ceased (
    provenance_id BIGINT NOT NULL,
    dataset_id VARCHAR NOT NULL,
    period_year INTEGER NOT NULL,
    geographic_level VARCHAR NOT NULL,
    la_code VARCHAR,
    ons_code VARCHAR,
    region_code VARCHAR,
    placement_category VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    ceased DOUBLE,
    marker VARCHAR
);
-- requests, assessments and 20-week timeliness: one stable measure code per published count
CREATE TABLE ehcp_activity (
    provenance_id BIGINT NOT NULL,
    dataset_id VARCHAR NOT NULL,
    period_year INTEGER NOT NULL,
    geographic_level VARCHAR NOT NULL,
    la_code VARCHAR,
    ons_code VARCHAR,
    region_code VARCHAR,
    measure VARCHAR NOT NULL,
    value DOUBLE,
    marker VARCHAR
);
-- For each January, the cells of the newest release covering it (both SEN2 families cover January 2021 and
-- 2022): the release year is the end of the period range of the file (provenance.period_to).
CREATE VIEW ehcp_caseload_latest AS
WITH rel AS (SELECT DISTINCT e.period_year, e.provenance_id, hn_period_year(p.period_to) AS release_year
             FROM ehcp_caseload e JOIN provenance p ON p.id = e.provenance_id),
best AS (SELECT period_year, max(release_year) AS release_year FROM rel GROUP BY period_year)
SELECT e.* FROM ehcp_caseload e JOIN rel USING (period_year, provenance_id) JOIN best USING (period_year, release_year);
INSERT INTO placement_category(code, group_code, label, specialist, inmss, sort_order) VALUES
    ('MAINSTREAM_LA_MAINTAINED', 'MAINSTREAM', 'Mainstream - LA maintained', false, false, 1),
    ('MAINSTREAM_ACADEMY', 'MAINSTREAM', 'Mainstream - academy', false, false, 2),
    ('MAINSTREAM_FREE_SCHOOL', 'MAINSTREAM', 'Mainstream - free school', false, false, 3),
    ('MAINSTREAM_INDEPENDENT', 'MAINSTREAM', 'Mainstream - independent', false, false, 4),
    ('RP_LA_MAINTAINED', 'RP_AND_UNITS', 'Resourced provision - LA maintained', true, false, 5),
    ('RP_ACADEMY', 'RP_AND_UNITS', 'Resourced provision - academy', true, false, 6),
    ('RP_FREE_SCHOOL', 'RP_AND_UNITS', 'Resourced provision - free school', true, false, 7),
    ('SEN_UNIT_LA_MAINTAINED', 'RP_AND_UNITS', 'SEN unit - LA maintained', true, false, 8),
    ('SEN_UNIT_ACADEMY', 'RP_AND_UNITS', 'SEN unit - academy', true, false, 9),
    ('SEN_UNIT_FREE_SCHOOL', 'RP_AND_UNITS', 'SEN unit - free school', true, false, 10),
    ('SPECIAL_LA_MAINTAINED', 'SPECIAL_MAINTAINED', 'Special - LA maintained', true, false, 11),
    ('HOSPITAL_SCHOOL', 'SPECIAL_MAINTAINED', 'Hospital school', true, false, 12),
    ('SPECIAL_ACADEMY_FREE', 'SPECIAL_ACADEMY_FREE', 'Special - academy/free school', true, false, 13),
    ('SPECIAL_NON_MAINTAINED', 'NON_MAINTAINED', 'Special - non-maintained', true, true, 14),
    ('SPECIAL_INDEPENDENT', 'INDEPENDENT', 'Special - independent', true, true, 15),
    ('AP_ACADEMY', 'AP', 'AP/PRU - academy', false, false, 16),
    ('AP_FREE_SCHOOL', 'AP', 'AP/PRU - free school', false, false, 17),
    ('AP_LA_MAINTAINED', 'AP', 'AP/PRU - LA maintained', false, false, 18),
    ('FE_GENERAL', 'FE', 'General FE and tertiary colleges/HE', false, false, 19),
    ('FE_SIXTH_FORM_COLLEGE', 'FE', 'Sixth form college', false, false, 20),
    ('FE_OTHER', 'FE', 'Other FE', false, false, 21),
    ('FE_UKRLP_PROVIDER', 'FE', 'UKRLP provider', false, false, 22),
    ('SPECIALIST_POST_16', 'SPI', 'Specialist post-16 institution', true, false, 23),
    ('ELECTIVE_HOME_EDUCATION', 'OTHER', 'Elective home education', false, false, 24),
    ('OTHER_ARRANGEMENTS_LA', 'OTHER', 'Other arrangements by LA', false, false, 25),
    ('OTHER_ARRANGEMENTS_PARENTS', 'OTHER', 'Other arrangements by parents', false, false, 26),
    ('ONLINE_PROVIDER', 'OTHER', 'Online provider', false, false, 27),
    ('WELSH_ESTABLISHMENT', 'OTHER', 'Welsh establishment', false, false, 28),
    ('OTHER_SCHOOLS', 'OTHER', 'Other schools and establishments', false, false, 29),
    ('OTHER_PLACEMENT_SETTINGS', 'OTHER', 'Other placement settings', false, false, 30),
    ('NEET', 'OTHER', 'NEET', false, false, 31),
    ('NEET_NOTICE_TO_CEASE', 'OTHER', 'Not in education or training - notice to cease issued', false, false, 32),
    ('NEET_OTHER', 'OTHER', 'Not in education or training - other', false, false, 33),
    ('NEET_COMPULSORY_SCHOOL_AGE', 'OTHER', 'Not in education or training - compulsory school age', false, false, 34),
    ('AWAITING_PROVISION', 'OTHER', 'Awaiting provision', false, false, 35),
    ('PERMANENTLY_EXCLUDED', 'OTHER', 'Permanently excluded', false, false, 36),
    ('NON_MAINTAINED_EARLY_YEARS', 'OTHER', 'Non-maintained early years', false, false, 37),
    ('NOT_RECORDED', 'OTHER', 'Placement not recorded', false, false, 38);

-- age group as published (lower case, 'age ' dropped) -> the practice bands 0-4, 5-10, 11-15, 16-19, 20-25
CREATE OR REPLACE MACRO hn_age_band(g) AS CASE
    WHEN g = 'all' THEN 'all'
    WHEN starts_with(g, 'under') THEN '0-4'
    WHEN TRY_CAST(regexp_extract(g, '^[0-9]+') AS INTEGER) < 5 THEN '0-4'
    WHEN TRY_CAST(regexp_extract(g, '^[0-9]+') AS INTEGER) <= 10 THEN '5-10'
    WHEN TRY_CAST(regexp_extract(g, '^[0-9]+') AS INTEGER) <= 15 THEN '11-15'
    WHEN TRY_CAST(regexp_extract(g, '^[0-9]+') AS INTEGER) <= 19 THEN '16-19'
    WHEN TRY_CAST(regexp_extract(g, '^[0-9]+') AS INTEGER) <= 25 THEN '20-25'
    ELSE 'unknown' END;
