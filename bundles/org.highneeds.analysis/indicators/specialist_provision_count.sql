-- EHC plans in January placed in specialist provision: all special schools (LA maintained, hospital, academy/free,
-- non-maintained, independent), resourced provision and SEN units in mainstream schools, and specialist post-16
-- institutions; alternative provision is excluded (placement_category.specialist).
-- ehcp_placed_in (schema V006) takes each January from the newest SEN2 release and keeps suppressed sets missing.
SELECT la_code, period_year, plans AS value
  FROM ehcp_placed_in((SELECT list(code) FROM placement_category WHERE specialist))
