-- GIAS establishment links (predecessor / successor URNs). Owner: importer gias.links.
CREATE TABLE setting_link (
    provenance_id         BIGINT  NOT NULL,
    urn                   INTEGER NOT NULL,
    link_urn              INTEGER NOT NULL,
    link_name             VARCHAR,
    link_type             VARCHAR NOT NULL,  -- Successor, Predecessor, Predecessor - merged, ...
    link_established_date DATE,
    source_row            BIGINT
);
CREATE INDEX setting_link_urn ON setting_link (urn);
