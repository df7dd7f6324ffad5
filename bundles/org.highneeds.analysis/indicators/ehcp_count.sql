-- EHC plans in January, by LA and England: the SEN2 caseload total (all ages, needs and placements) of the newest
-- SEN2 release covering each January (release = end of the file's period range; the 2025 release covers 2019-2025
-- and replaces the 2022 release's figures for January 2021 and 2022). Suppressed cells stay NULL.
SELECT CASE WHEN e.geographic_level = 'National' THEN '970' ELSE e.la_code END AS la_code,
       e.period_year,
       e.ehcp_count AS value
  FROM (SELECT e.*, dense_rank() OVER (PARTITION BY e.period_year ORDER BY hn_period_year(p.period_to) DESC) AS newest
              FROM ehcp_caseload e JOIN provenance p ON p.id = e.provenance_id
             WHERE e.geographic_level IN ('Local authority', 'National')
               AND e.age_group = 'all' AND e.need = 'all' AND e.sex = 'all'
               AND e.placement_category = 'all') e
 WHERE e.newest = 1
