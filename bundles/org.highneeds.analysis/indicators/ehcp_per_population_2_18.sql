-- EHC plans in January (all ages 0-25, as ehcp_count) as % of the ONS mid-year population aged 2-18 of the June
-- before (mid-2019 for January 2020, mid-2020 for January 2021): the denominator the DfE high needs benchmarking tool
-- uses. Missing for Januaries whose mid-year estimate is not imported.
WITH plans AS (
    -- EHC plans in January (as ehcp_count)
    SELECT CASE WHEN e.geographic_level = 'National' THEN '970' ELSE e.la_code END AS la_code,
           e.period_year, e.ehcp_count
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
),
population AS (
    -- ONS mid-year estimates, upper-tier LAs, newest boundary vintage per mid-year; England = the sum of the LAs.
    -- NULL when any single year of age 2-18 is missing or suppressed.
    SELECT o.la_code, p.mid_year, CASE WHEN p.complete THEN p.persons END AS persons
      FROM (SELECT p.*, rank() OVER (PARTITION BY p.mid_year ORDER BY p.geography_year DESC, p.provenance_id DESC) AS newest
              FROM population_aged_2_to_18 p
             WHERE p.sex = 'persons' AND p.geography = 'UTLA') p
      JOIN (SELECT ons_code, min(la_code) AS la_code FROM la_ons_code GROUP BY ons_code) o ON o.ons_code = p.ons_code
     WHERE p.newest = 1
    UNION ALL
    SELECT '970', p.mid_year, CASE WHEN bool_and(p.complete) THEN sum(p.persons) END
      FROM (SELECT p.*, rank() OVER (PARTITION BY p.mid_year ORDER BY p.geography_year DESC, p.provenance_id DESC) AS newest
              FROM population_aged_2_to_18 p
             WHERE p.sex = 'persons' AND p.geography = 'UTLA') p
     WHERE p.newest = 1
     GROUP BY p.mid_year
)
SELECT plans.la_code, plans.period_year,
       plans.ehcp_count AS numerator,
       population.persons AS denominator,
       100 * plans.ehcp_count / nullif(population.persons, 0) AS value
  FROM plans JOIN population ON population.la_code = plans.la_code AND population.mid_year = plans.period_year - 1
