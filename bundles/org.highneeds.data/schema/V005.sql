-- The SEN2 normalised tables become VIEWS over the raw tables, like ees_observation (V002): writing ~36
-- normalised rows per published row cost several times the read of the file itself. Each import adds the SELECT
-- that normalises (unpivots) its raw table to view_source and the periods that SELECT gives to view_period; the
-- view is rebuilt as the UNION ALL of its SELECTs inside the import's transaction (so a failed or killed import
-- leaves the old view and no source rows). Periods that a newer release of the same dataset replaces are hidden,
-- not deleted: view_period.withdrawn_by = the newer provenance id, and the rebuilt view leaves them out.
-- Same names and columns as before (V003): ehcp_caseload, ehcp_new_plans, ehcp_ceased, ehcp_activity and the view
-- ehcp_caseload_latest.
CREATE TABLE view_source (
    view_name VARCHAR NOT NULL,
    provenance_id BIGINT NOT NULL,
    select_sql VARCHAR NOT NULL      -- gives the view's columns in order (names are applied by position)
);
CREATE TABLE view_period (
    view_name VARCHAR NOT NULL,
    provenance_id BIGINT NOT NULL,
    period_year INTEGER,
    withdrawn_by BIGINT              -- the provenance id of the release that replaced this period, or NULL
);

-- Rows written by imports before this version stay where they are, in <name>_stored, and are part of the view
-- (a newer release still deletes their replaced periods, as before). New imports write nothing there.
ALTER TABLE ehcp_caseload RENAME TO ehcp_caseload_stored;
ALTER TABLE ehcp_new_plans RENAME TO ehcp_new_plans_stored;
ALTER TABLE ehcp_ceased RENAME TO ehcp_ceased_stored;
ALTER TABLE ehcp_activity RENAME TO ehcp_activity_stored;
CREATE VIEW ehcp_caseload AS SELECT * FROM ehcp_caseload_stored;
CREATE VIEW ehcp_new_plans AS SELECT * FROM ehcp_new_plans_stored;
CREATE VIEW ehcp_ceased AS SELECT * FROM ehcp_ceased_stored;
CREATE VIEW ehcp_activity AS SELECT * FROM ehcp_activity_stored;

-- As in V003, but the (period, release) pairs come from view_period and the small stored table instead of a
-- DISTINCT over the whole view (which would unpivot every raw table on each query).
CREATE OR REPLACE VIEW ehcp_caseload_latest AS
WITH pairs AS (SELECT DISTINCT period_year, provenance_id FROM ehcp_caseload_stored
               UNION SELECT period_year, provenance_id FROM view_period
               WHERE view_name = 'ehcp_caseload' AND withdrawn_by IS NULL),
rel AS (SELECT e.period_year, e.provenance_id, hn_period_year(p.period_to) AS release_year
        FROM pairs e JOIN provenance p ON p.id = e.provenance_id),
best AS (SELECT period_year, max(release_year) AS release_year FROM rel GROUP BY period_year)
SELECT e.* FROM ehcp_caseload e JOIN rel USING (period_year, provenance_id) JOIN best USING (period_year, release_year);
