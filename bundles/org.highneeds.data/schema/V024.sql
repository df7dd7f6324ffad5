-- V024: DfE children's services statistical neighbours (importer reference.statistical-neighbours).
-- One row per LA and neighbour rank 1..10; release names the model version, e.g. 'May 2025'.
CREATE TABLE IF NOT EXISTS sn_neighbour (
    provenance_id     BIGINT NOT NULL,
    release           VARCHAR NOT NULL,
    la_code           VARCHAR NOT NULL,
    neighbour_rank    INTEGER NOT NULL CHECK (neighbour_rank BETWEEN 1 AND 10),
    neighbour_la_code VARCHAR NOT NULL,
    proximity         VARCHAR,   -- normalised: 'Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'
    section           VARCHAR NOT NULL,  -- 'current', or the file's section heading, e.g. 'Old SNs' (pre-reorganisation LAs)
    PRIMARY KEY (release, la_code, neighbour_rank)
);
