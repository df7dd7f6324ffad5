-- % of EHC plans in January placed in state-funded special schools: LA maintained (including hospital schools) and special
-- academies and free schools. Independent and non-maintained special schools are in pct_inmss.
-- ehcp_placed_in (schema V006) takes each January from the newest SEN2 release and keeps suppressed sets missing.
SELECT la_code, period_year,
       plans AS numerator,
       all_plans AS denominator,
       100 * plans / nullif(all_plans, 0) AS value
  FROM ehcp_placed_in((SELECT list(code) FROM placement_category WHERE group_code IN ('SPECIAL_MAINTAINED', 'SPECIAL_ACADEMY_FREE')))
