-- DfE Local Authority Interactive Tool (LAIT) benchmarking data, long format: one indicator value per LA and year.
CREATE TABLE lait_indicator (
    provenance_id BIGINT NOT NULL,
    dataset_id VARCHAR NOT NULL,
    indicator VARCHAR NOT NULL,
    data_item VARCHAR,
    period VARCHAR NOT NULL,
    period_year INTEGER,
    time_identifier VARCHAR NOT NULL,
    geographic_level VARCHAR NOT NULL,
    la_code VARCHAR,
    la_name VARCHAR,
    region VARCHAR,
    value DOUBLE,
    marker VARCHAR
);
