-- Provenance of every imported file and its non-fatal warnings (owned by data-core, V001-V019).
CREATE TABLE provenance (
    id BIGINT PRIMARY KEY,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    publisher VARCHAR,
    title VARCHAR,
    dataset_id VARCHAR NOT NULL,
    period_from VARCHAR,
    period_to VARCHAR,
    importer VARCHAR NOT NULL,
    importer_version VARCHAR NOT NULL,
    "rows" BIGINT,
    warnings VARCHAR,
    imported_at TIMESTAMP NOT NULL,
    superseded_by BIGINT
);
CREATE TABLE import_warning (
    provenance_id BIGINT NOT NULL,
    location VARCHAR NOT NULL,
    message VARCHAR NOT NULL
);
