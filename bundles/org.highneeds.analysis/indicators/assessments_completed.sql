-- EHC needs assessments completed during the calendar year: those that led to a plan plus those that did not
-- (SEN2 assessments file, 2019-2024; missing where either count is not published).
WITH activity AS (
    -- the newest SEN2 release publishing each measure for each calendar year
    SELECT CASE WHEN a.geographic_level = 'National' THEN '970' ELSE a.la_code END AS la_code,
           a.period_year, a.measure, a.value
      FROM (SELECT a.*, dense_rank() OVER (PARTITION BY a.period_year, a.measure
                                           ORDER BY hn_period_year(p.period_to) DESC) AS newest
              FROM ehcp_activity a JOIN provenance p ON p.id = a.provenance_id
             WHERE a.geographic_level IN ('Local authority', 'National')
               AND a.measure IN ('ASSESSED_PLAN_ISSUED', 'ASSESSED_PLAN_NOT_ISSUED')) a
     WHERE a.newest = 1
),
measures AS (
    SELECT la_code, period_year,
           max(value) FILTER (WHERE measure = 'ASSESSED_PLAN_ISSUED') AS assessed_plan_issued,
           max(value) FILTER (WHERE measure = 'ASSESSED_PLAN_NOT_ISSUED') AS assessed_plan_not_issued
      FROM activity
     GROUP BY la_code, period_year
)
SELECT la_code, period_year,
       assessed_plan_issued + assessed_plan_not_issued AS value
  FROM measures
