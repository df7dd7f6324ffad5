-- High needs block allocation (DSG, before recoupment and deductions) per EHC plan in January of the financial
-- year (January 2021 for 2020-21); period_year 2021 = financial year 2020-21.
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
plans AS (
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
)
SELECT h.la_code, h.period_year,
       h.block AS numerator,
       plans.ehcp_count AS denominator,
       h.block / nullif(plans.ehcp_count, 0) AS value
  FROM high_needs h JOIN plans ON plans.la_code = h.la_code AND plans.period_year = h.period_year
