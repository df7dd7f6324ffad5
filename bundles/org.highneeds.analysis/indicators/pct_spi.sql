-- % of EHC plans in January placed in specialist post-16 institutions (SPIs).
WITH cells AS MATERIALIZED (
    -- the newest SEN2 release covering each January; placements by LA with all ages, needs and sexes
    SELECT CASE WHEN e.geographic_level = 'National' THEN '970' ELSE e.la_code END AS la_code,
           e.period_year, e.placement_category, e.ehcp_count
      FROM ehcp_caseload e
      JOIN (-- the newest release (end of the file's period range) publishing each period: its rows only
            SELECT r.provenance_id, r.period_year
              FROM (SELECT DISTINCT provenance_id, period_year FROM ehcp_caseload) r
              JOIN (SELECT id, hn_period_year(period_to) AS release_year FROM provenance) p ON p.id = r.provenance_id
            QUALIFY p.release_year = max(p.release_year) OVER (PARTITION BY r.period_year)) newest
        ON newest.provenance_id = e.provenance_id AND newest.period_year = e.period_year
     WHERE e.geographic_level IN ('Local authority', 'National')
       AND e.age_group = 'all' AND e.need = 'all' AND e.sex = 'all'
),
collected AS (
    -- a category marked for England (x: not collected that year) counts as none, not as missing
    SELECT period_year, placement_category FROM cells WHERE la_code = '970' AND ehcp_count IS NOT NULL
),
placed AS (
    -- missing when any collected category of the group is suppressed for the LA
    SELECT c.la_code, c.period_year,
           CASE WHEN count(*) = count(c.ehcp_count) THEN sum(c.ehcp_count) END AS plans
      FROM cells c JOIN collected USING (period_year, placement_category)
     WHERE c.placement_category IN (SELECT code FROM placement_category WHERE group_code = 'SPI')
     GROUP BY c.la_code, c.period_year
)
SELECT t.la_code, t.period_year,
       placed.plans AS numerator,
       t.ehcp_count AS denominator,
       100 * placed.plans / nullif(t.ehcp_count, 0) AS value
  FROM cells t LEFT JOIN placed USING (la_code, period_year)
 WHERE t.placement_category = 'all'
