-- % of initial requests for an EHC needs assessment that were refused, by calendar year (SEN2).
WITH activity AS (
    -- the newest SEN2 release publishing each measure for each calendar year
    SELECT CASE WHEN a.geographic_level = 'National' THEN '970' ELSE a.la_code END AS la_code,
           a.period_year, a.measure, a.value
      FROM (SELECT a.*, dense_rank() OVER (PARTITION BY a.period_year, a.measure
                                           ORDER BY hn_period_year(p.period_to) DESC) AS newest
              FROM ehcp_activity a JOIN provenance p ON p.id = a.provenance_id
             WHERE a.geographic_level IN ('Local authority', 'National')
               AND a.measure IN ('REQUESTS_RECEIVED', 'REQUESTS_REFUSED')) a
     WHERE a.newest = 1
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
