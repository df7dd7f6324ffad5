-- SEND Tribunal appeals as % of appealable decisions in the calendar year, as published in LAIT.
-- LAIT measure SEN_AppealableDec; the newest import when a file was imported twice.
SELECT CASE WHEN l.geographic_level = 'National' THEN '970' ELSE l.la_code END AS la_code,
       l.period_year,
       l.value
  FROM (SELECT l.*, row_number() OVER (PARTITION BY l.la_code, l.geographic_level, l.period_year
                                       ORDER BY l.provenance_id DESC) AS newest
          FROM lait_indicator l
         WHERE l.indicator = 'SEN_AppealableDec'
           AND l.geographic_level IN ('Local authority', 'National')) l
 WHERE l.newest = 1
