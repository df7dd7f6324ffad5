-- EHC plans placed in a set of SEN2 placement categories, by LA and January, for indicators (the placement mix,
-- specialist, I/N-MSS and SPI counts): written once here so the rules below are not copied into every indicator.
-- - Each January comes from the newest SEN2 release covering it (the end of the file's period range).
-- - Placement totals over all ages, needs and sexes; England is la_code '970'.
-- - A category marked for England (x: not collected that year) counts as none, not as missing.
-- - plans is NULL (missing) when any collected category of the set is suppressed for the LA.
-- Columns: la_code, period_year, plans (placed in the categories), all_plans (the LA's EHC plans that January).
CREATE OR REPLACE MACRO ehcp_placed_in(categories) AS TABLE
WITH cells AS MATERIALIZED (
    SELECT CASE WHEN e.geographic_level = 'National' THEN '970' ELSE e.la_code END AS la_code,
           e.period_year, e.placement_category, e.ehcp_count
      FROM ehcp_caseload e
      JOIN (SELECT r.provenance_id, r.period_year
              FROM (SELECT DISTINCT provenance_id, period_year FROM ehcp_caseload) r
              JOIN (SELECT id, hn_period_year(period_to) AS release_year FROM provenance) p ON p.id = r.provenance_id
            QUALIFY p.release_year = max(p.release_year) OVER (PARTITION BY r.period_year)) newest
        ON newest.provenance_id = e.provenance_id AND newest.period_year = e.period_year
     WHERE e.geographic_level IN ('Local authority', 'National')
       AND e.age_group = 'all' AND e.need = 'all' AND e.sex = 'all'
),
collected AS (
    SELECT period_year, placement_category FROM cells WHERE la_code = '970' AND ehcp_count IS NOT NULL
),
placed AS (
    SELECT c.la_code, c.period_year,
           CASE WHEN count(*) = count(c.ehcp_count) THEN sum(c.ehcp_count) END AS plans
      FROM cells c JOIN collected USING (period_year, placement_category)
     WHERE list_contains(categories, c.placement_category)
     GROUP BY c.la_code, c.period_year
)
SELECT t.la_code, t.period_year, placed.plans, t.ehcp_count AS all_plans
  FROM cells t LEFT JOIN placed USING (la_code, period_year)
 WHERE t.placement_category = 'all';
