-- Payments of a council ("spending over £500", Local Government Transparency Code), ONS boundaries and the Edubase
-- republication of Camden Open Data. Owners: importers la.spending-over-500, ons.boundaries, edubase.camden.
CREATE TABLE IF NOT EXISTS la_payment (
    provenance_id      BIGINT  NOT NULL,
    dataset_id         VARCHAR NOT NULL, -- spending-over-500:<body>, one dataset per paying body across its files
    body               VARCHAR,
    body_name          VARCHAR,
    payment_date       DATE    NOT NULL,
    financial_year     VARCHAR NOT NULL, -- April to March, e.g. 2023-24
    transaction_number VARCHAR,
    invoice_number     VARCHAR,
    amount             DECIMAL(15, 2) NOT NULL,
    supplier_name      VARCHAR,          -- exactly as written
    supplier_id        VARCHAR,
    vat_reg_no         VARCHAR,
    expense_area       VARCHAR,
    expense_type       VARCHAR,
    expense_code       VARCHAR,
    cost_centre        VARCHAR,
    creditor_type      VARCHAR,
    source_row         BIGINT
);
CREATE INDEX IF NOT EXISTS la_payment_dataset ON la_payment (dataset_id, payment_date);

CREATE TABLE IF NOT EXISTS boundary_area (
    provenance_id   BIGINT  NOT NULL,
    boundary_set    VARCHAR NOT NULL, -- e.g. CTYUA23 (code property without CD)
    area_code       VARCHAR NOT NULL,
    area_name       VARCHAR,
    area_name_welsh VARCHAR,
    crs             VARCHAR NOT NULL, -- EPSG:4326 (lon, lat) or EPSG:27700 (easting, northing)
    min_x           DOUBLE  NOT NULL,
    min_y           DOUBLE  NOT NULL,
    max_x           DOUBLE  NOT NULL,
    max_y           DOUBLE  NOT NULL,
    polygon_count   INTEGER NOT NULL,
    ring_count      INTEGER NOT NULL,
    point_count     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS boundary_ring (
    provenance_id BIGINT  NOT NULL,
    boundary_set  VARCHAR NOT NULL,
    area_code     VARCHAR NOT NULL,
    polygon_index INTEGER NOT NULL,
    ring_index    INTEGER NOT NULL, -- 0 = the polygon's outer ring, 1.. = its holes
    hole          BOOLEAN NOT NULL,
    clockwise     BOOLEAN NOT NULL,
    point_count   INTEGER NOT NULL,
    coordinates   DOUBLE[] NOT NULL -- x0, y0, x1, y1, ... in the area's crs, closing point included
);
CREATE INDEX IF NOT EXISTS boundary_ring_area ON boundary_ring (boundary_set, area_code);

CREATE TABLE IF NOT EXISTS edubase_establishment (
    provenance_id       BIGINT  NOT NULL,
    urn                 INTEGER NOT NULL,
    name                VARCHAR,
    la_code             VARCHAR,
    la_name             VARCHAR,
    establishment_type  VARCHAR,
    provision_category  VARCHAR NOT NULL,
    status              VARCHAR,
    open_date           DATE,
    close_date          DATE,
    phase               VARCHAR,
    statutory_low_age   INTEGER,
    statutory_high_age  INTEGER,
    capacity            INTEGER,
    number_of_pupils    INTEGER,
    census_date         DATE,
    section41_approved  BOOLEAN,
    sen_provision_types VARCHAR[],
    sen_provision_codes VARCHAR[],
    postcode            VARCHAR,
    gss_la_code         VARCHAR,
    easting             INTEGER,
    northing            INTEGER,
    longitude           DOUBLE,
    latitude            DOUBLE,
    last_changed_date   DATE,
    source_row          BIGINT
);

COMMENT ON TABLE la_payment IS 'Payments of a council over its transparency threshold ("spending over £500", Local Government Transparency Code 2015), one row per published payment line, both the layout to March 2025 and the one from April 2025. Source: the council''s monthly spending files, e.g. Devon County Council.';
COMMENT ON COLUMN la_payment.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN la_payment.dataset_id IS 'The council''s spending dataset, spending-over-500:<name of body>; a later file replaces earlier files'' rows for the months it covers.';
COMMENT ON COLUMN la_payment.body IS 'Code of the paying body as published (Devon: 18).';
COMMENT ON COLUMN la_payment.body_name IS 'Name of the paying body, e.g. Devon County Council.';
COMMENT ON COLUMN la_payment.payment_date IS 'Date of the payment (published as yyyy-mm-dd hh:mm:ss to March 2025, dd/mm/yyyy after).';
COMMENT ON COLUMN la_payment.financial_year IS 'Financial year of the payment date, April to March, e.g. 2023-24.';
COMMENT ON COLUMN la_payment.transaction_number IS 'The council''s transaction number.';
COMMENT ON COLUMN la_payment.invoice_number IS 'Invoice number; NULL in the layout from April 2025, which has none.';
COMMENT ON COLUMN la_payment.amount IS 'Amount paid in pounds; negative for credits (published as 4634.00 or "3,493.78").';
COMMENT ON COLUMN la_payment.supplier_name IS 'Supplier name exactly as published (spelling variants and REDACTED UNDER DP ACT kept), for matching to GIAS settings.';
COMMENT ON COLUMN la_payment.supplier_id IS 'The council''s supplier id.';
COMMENT ON COLUMN la_payment.vat_reg_no IS 'Supplier VAT registration number as published.';
COMMENT ON COLUMN la_payment.expense_area IS 'Service (expense area), e.g. Children''s Services, Dedicated Schools Grant.';
COMMENT ON COLUMN la_payment.expense_type IS 'Expense type, e.g. Independent Special School Fees, OLA Recoupment Expenditure (3rd).';
COMMENT ON COLUMN la_payment.expense_code IS 'Expense code (numeric to March 2025, e.g. 5733; alphanumeric after, e.g. A61052).';
COMMENT ON COLUMN la_payment.cost_centre IS 'Cost centre (Costcuk, published from November 2025); NULL before.';
COMMENT ON COLUMN la_payment.creditor_type IS 'Creditor type as published (short codes such as LTD, EDUC to March 2025, long text after).';
COMMENT ON COLUMN la_payment.source_row IS 'Line of the payment in the source file (header = line 1).';

COMMENT ON TABLE boundary_area IS 'Areas of an ONS boundary file (e.g. counties and unitary authorities, December 2023, BUC), one row per area with its bounding box, in the file''s own CRS; the rings to draw are in boundary_ring. Source: ONS Open Geography Portal.';
COMMENT ON COLUMN boundary_area.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN boundary_area.boundary_set IS 'The ONS geography and edition, from the code property: CTYUA23 (December 2023), CTYUA21 (December 2021), ...';
COMMENT ON COLUMN boundary_area.area_code IS 'ONS area code (GSS), e.g. E06000001 Hartlepool; English areas start with E.';
COMMENT ON COLUMN boundary_area.area_name IS 'Area name as ONS writes it, e.g. Kingston upon Hull, City of.';
COMMENT ON COLUMN boundary_area.area_name_welsh IS 'Welsh name (Welsh areas only); NULL when blank.';
COMMENT ON COLUMN boundary_area.crs IS 'Coordinate reference system of the coordinates, as the file states it: EPSG:4326 (x = longitude, y = latitude, degrees) or EPSG:27700 (British National Grid, x = easting, y = northing, metres).';
COMMENT ON COLUMN boundary_area.min_x IS 'Bounding box: smallest x (longitude or easting) of the area''s rings.';
COMMENT ON COLUMN boundary_area.min_y IS 'Bounding box: smallest y (latitude or northing).';
COMMENT ON COLUMN boundary_area.max_x IS 'Bounding box: largest x.';
COMMENT ON COLUMN boundary_area.max_y IS 'Bounding box: largest y.';
COMMENT ON COLUMN boundary_area.polygon_count IS 'Number of polygons (islands, parts) of the area.';
COMMENT ON COLUMN boundary_area.ring_count IS 'Number of rings: outer rings and holes together.';
COMMENT ON COLUMN boundary_area.point_count IS 'Number of points of all rings.';

COMMENT ON TABLE boundary_ring IS 'The rings of each ONS boundary area as flat coordinate arrays, ready to draw: outer rings and holes (enclaves) in file order and orientation (ONS files: outer rings clockwise).';
COMMENT ON COLUMN boundary_ring.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN boundary_ring.boundary_set IS 'The ONS geography and edition, as in boundary_area.';
COMMENT ON COLUMN boundary_ring.area_code IS 'ONS area code of the ring''s area (boundary_area.area_code).';
COMMENT ON COLUMN boundary_ring.polygon_index IS 'Which polygon of the area (0-based, file order).';
COMMENT ON COLUMN boundary_ring.ring_index IS 'Which ring of the polygon: 0 = outer ring, 1 and up = holes.';
COMMENT ON COLUMN boundary_ring.hole IS 'True for a hole (a ring after the first of its polygon).';
COMMENT ON COLUMN boundary_ring.clockwise IS 'True when the ring runs clockwise in its CRS (signed area below zero).';
COMMENT ON COLUMN boundary_ring.point_count IS 'Number of points, the closing point (equal to the first) included.';
COMMENT ON COLUMN boundary_ring.coordinates IS 'The points as one flat list x0, y0, x1, y1, ... in the CRS of boundary_area.crs, as published.';

COMMENT ON TABLE edubase_establishment IS 'Open establishments of the DfE Edubase register (the predecessor of GIAS) as republished by Camden Open Data (Camden and neighbouring boroughs, September 2015), in the older Edubase layout.';
COMMENT ON COLUMN edubase_establishment.provenance_id IS 'The import this row came from (provenance.id): the published file, its release and when it was imported.';
COMMENT ON COLUMN edubase_establishment.urn IS 'Unique reference number of the establishment (as in GIAS).';
COMMENT ON COLUMN edubase_establishment.name IS 'Establishment name.';
COMMENT ON COLUMN edubase_establishment.la_code IS 'DfE 3-digit number of the LA, e.g. 202 Camden.';
COMMENT ON COLUMN edubase_establishment.la_name IS 'LA name as published.';
COMMENT ON COLUMN edubase_establishment.establishment_type IS 'Type of establishment as published (title case), e.g. Community Special School.';
COMMENT ON COLUMN edubase_establishment.provision_category IS 'The workbench''s provision category of the type, as in setting.provision_category.';
COMMENT ON COLUMN edubase_establishment.status IS 'Establishment status as published, e.g. Open.';
COMMENT ON COLUMN edubase_establishment.open_date IS 'Date opened; NULL when not given.';
COMMENT ON COLUMN edubase_establishment.close_date IS 'Date closed; NULL when open.';
COMMENT ON COLUMN edubase_establishment.phase IS 'Phase of education as published.';
COMMENT ON COLUMN edubase_establishment.statutory_low_age IS 'Lowest age of pupils (years).';
COMMENT ON COLUMN edubase_establishment.statutory_high_age IS 'Highest age of pupils (years).';
COMMENT ON COLUMN edubase_establishment.capacity IS 'School capacity (places).';
COMMENT ON COLUMN edubase_establishment.number_of_pupils IS 'Pupils on roll at the census date.';
COMMENT ON COLUMN edubase_establishment.census_date IS 'Census date the pupil count refers to.';
COMMENT ON COLUMN edubase_establishment.section41_approved IS 'Section 41 approved (true/false); NULL when not applicable.';
COMMENT ON COLUMN edubase_establishment.sen_provision_types IS 'SEN designations: Special Education Needs 1 and 2, with the ~-packed designations split, in file order.';
COMMENT ON COLUMN edubase_establishment.sen_provision_codes IS 'Their need codes, e.g. ASD, MLD.';
COMMENT ON COLUMN edubase_establishment.postcode IS 'Postcode.';
COMMENT ON COLUMN edubase_establishment.gss_la_code IS 'ONS code of the LA, e.g. E09000007.';
COMMENT ON COLUMN edubase_establishment.easting IS 'British National Grid easting (metres).';
COMMENT ON COLUMN edubase_establishment.northing IS 'British National Grid northing (metres).';
COMMENT ON COLUMN edubase_establishment.longitude IS 'Longitude (WGS84) added by the portal.';
COMMENT ON COLUMN edubase_establishment.latitude IS 'Latitude (WGS84) added by the portal.';
COMMENT ON COLUMN edubase_establishment.last_changed_date IS 'When Edubase last changed the record.';
COMMENT ON COLUMN edubase_establishment.source_row IS 'Line in the source file (header = line 1).';
