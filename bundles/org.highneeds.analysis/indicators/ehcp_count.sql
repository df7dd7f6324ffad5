-- EHC plans in January, by LA and England: the SEN2 caseload total (all ages, needs and placements) of the newest
-- SEN2 release covering each January (release = end of the file's period range; the 2025 release covers 2019-2025
-- and replaces the 2022 release's figures for January 2021 and 2022). Suppressed cells stay NULL.
SELECT CASE WHEN e.geographic_level = 'National' THEN '970' ELSE e.la_code END AS la_code,
       e.period_year,
       e.ehcp_count AS value
  FROM ehcp_caseload e
  JOIN (-- the newest release (end of the file's period range) publishing each period: its rows only
        SELECT r.provenance_id, r.period_year
          FROM (SELECT DISTINCT provenance_id, period_year FROM ehcp_caseload) r
          JOIN (SELECT id, hn_period_year(period_to) AS release_year FROM provenance) p ON p.id = r.provenance_id
        QUALIFY p.release_year = max(p.release_year) OVER (PARTITION BY r.period_year)) newest
    ON newest.provenance_id = e.provenance_id AND newest.period_year = e.period_year
 WHERE e.geographic_level IN ('Local authority', 'National')
   AND e.age_group = 'all' AND e.need = 'all' AND e.sex = 'all'
   AND e.placement_category = 'all'
