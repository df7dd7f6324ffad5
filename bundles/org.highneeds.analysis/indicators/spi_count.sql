-- EHC plans in January placed in specialist post-16 institutions.
-- ehcp_placed_in (schema V006) takes each January from the newest SEN2 release and keeps suppressed sets missing.
SELECT la_code, period_year, plans AS value
  FROM ehcp_placed_in((SELECT list(code) FROM placement_category WHERE group_code = 'SPI'))
