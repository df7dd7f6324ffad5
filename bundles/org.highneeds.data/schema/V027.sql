-- V027: registry of tables made by the generic sheet importer (importer generic.sheet). Each generic table also has
-- a provenance_id column.
CREATE TABLE IF NOT EXISTS generic_import (
    provenance_id BIGINT NOT NULL,
    table_name    VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,
    sheet         VARCHAR NOT NULL,
    columns_json  VARCHAR NOT NULL,   -- [{"name":..,"heading":..,"type":..}, ...]
    row_count     BIGINT NOT NULL
);
