-- New EHC plans made during the calendar year (all ages, needs and placements), from the newest SEN2 release
-- covering each year (2019-2024 from the 2025 release, 2014-2018 from the 2022 release's management information).
SELECT CASE WHEN n.geographic_level = 'National' THEN '970' ELSE n.la_code END AS la_code,
       n.period_year,
       n.new_plans AS value
  FROM (SELECT n.*, dense_rank() OVER (PARTITION BY n.period_year ORDER BY hn_period_year(p.period_to) DESC) AS newest
          FROM ehcp_new_plans n JOIN provenance p ON p.id = n.provenance_id
         WHERE n.geographic_level IN ('Local authority', 'National')
           AND n.age_group = 'all' AND n.need = 'all' AND n.placement_category = 'all') n
 WHERE n.newest = 1
