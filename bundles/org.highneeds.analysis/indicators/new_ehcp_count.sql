-- New EHC plans made during the calendar year (all ages, needs and placements), from the newest SEN2 release
-- covering each year (2019-2024 from the 2025 release, 2014-2018 from the 2022 release's management information).
SELECT CASE WHEN n.geographic_level = 'National' THEN '970' ELSE n.la_code END AS la_code,
       n.period_year,
       n.new_plans AS value
  FROM ehcp_new_plans n
  JOIN (-- the newest release (end of the file's period range) publishing each period: its rows only
        SELECT r.provenance_id, r.period_year
          FROM (SELECT DISTINCT provenance_id, period_year FROM ehcp_new_plans) r
          JOIN (SELECT id, hn_period_year(period_to) AS release_year FROM provenance) p ON p.id = r.provenance_id
        QUALIFY p.release_year = max(p.release_year) OVER (PARTITION BY r.period_year)) newest
    ON newest.provenance_id = n.provenance_id AND newest.period_year = n.period_year
 WHERE n.geographic_level IN ('Local authority', 'National')
   AND n.age_group = 'all' AND n.need = 'all' AND n.placement_category = 'all'
