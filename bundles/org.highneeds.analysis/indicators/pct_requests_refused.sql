-- % of initial requests for an EHC needs assessment that were refused, by calendar year (SEN2).
WITH activity AS (
    -- the newest SEN2 release publishing each measure for each calendar year
    SELECT CASE WHEN a.geographic_level = 'National' THEN '970' ELSE a.la_code END AS la_code,
           a.period_year, a.measure, a.value
      FROM ehcp_activity a
      JOIN (-- the newest release (end of the file's period range) publishing each period: its rows only
            SELECT r.provenance_id, r.period_year, r.measure
              FROM (SELECT DISTINCT provenance_id, period_year, measure FROM ehcp_activity) r
              JOIN (SELECT id, hn_period_year(period_to) AS release_year FROM provenance) p ON p.id = r.provenance_id
            QUALIFY p.release_year = max(p.release_year) OVER (PARTITION BY r.period_year, r.measure)) newest
        ON newest.provenance_id = a.provenance_id AND newest.period_year = a.period_year AND newest.measure = a.measure
     WHERE a.geographic_level IN ('Local authority', 'National')
       AND a.measure IN ('REQUESTS_RECEIVED', 'REQUESTS_REFUSED')
),
measures AS (
    SELECT la_code, period_year,
           max(value) FILTER (WHERE measure = 'REQUESTS_RECEIVED') AS requests_received,
           max(value) FILTER (WHERE measure = 'REQUESTS_REFUSED') AS requests_refused
      FROM activity
     GROUP BY la_code, period_year
)
SELECT la_code, period_year,
       requests_refused AS numerator,
       requests_received AS denominator,
       100 * requests_refused / nullif(requests_received, 0) AS value
  FROM measures
