-- High needs block allocation (DSG, before recoupment and deductions) per head of the ONS mid-year population aged
-- 2-18 in the financial year (mid-2020 for 2020-21); period_year 2021 = financial year 2020-21. Missing when that
-- mid-year estimate is not imported.
WITH high_needs AS (
    -- high needs block before recoupment and deductions for directly funded places: the yearly ESFA allocations
    -- workbook ('High needs block (£s)'), else the amalgamated DfE summary (2019-20 in £ million)
    SELECT d.la_code, hn_period_year(d.financial_year) AS period_year,
           CASE WHEN d.unit = 'GBP million' THEN d.value * 1000000 ELSE d.value END AS block
      FROM (SELECT d.*, rank() OVER (PARTITION BY d.la_code, d.financial_year
                                     ORDER BY d.edition = 'allocations' DESC, d.provenance_id DESC) AS pick
              FROM dsg_allocation d
             WHERE d.block = 'high_needs'
               AND (d.measure ILIKE '%before recoupment% | High needs block (£s)'
                    OR d.measure ILIKE '%prior to recoupment% | % high needs block allocation (£ million)')) d
     WHERE d.pick = 1
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
SELECT h.la_code, h.period_year,
       h.block AS numerator,
       population.persons AS denominator,
       h.block / nullif(population.persons, 0) AS value
  FROM high_needs h JOIN population ON population.la_code = h.la_code AND population.mid_year = h.period_year - 1
