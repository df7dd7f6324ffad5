-- V023: LA series across boundary changes.
-- la_series_map: every known LA code and the LA series its data belong to. A code that survived maps to itself;
-- an abolished code maps to each successor ('merge' rows: the old LA is part of the series and is added up with the
-- other predecessors; 'split' rows: the old LA covers more than the series, so only rates are comparable).
CREATE OR REPLACE VIEW la_series_map AS
WITH codes AS (
    SELECT la_code FROM la
    UNION SELECT la_code FROM la_ons_code
    UNION SELECT new_la_code FROM la_successor
)
SELECT c.la_code, c.la_code AS series_la_code, 'same' AS relation, CAST(NULL AS DATE) AS effective_date
  FROM codes c
 WHERE c.la_code NOT IN (SELECT old_la_code FROM la_successor WHERE kind IN ('merge', 'split'))
UNION ALL
SELECT old_la_code, new_la_code, kind, effective_date FROM la_successor WHERE kind IN ('merge', 'split');

-- la_series_sources(series_code, on_date): the LA codes under which the series of LA series_code was published for
-- a period starting on on_date (use the January census date for SEN2 snapshots, 1 April for financial years).
-- la_series_sources('942', DATE '2022-01-20') -> 909 (split); from 2023-04-01 -> 942 itself.
CREATE OR REPLACE MACRO la_series_sources(series_code, on_date) AS TABLE
    SELECT s.old_la_code AS source_la_code, s.kind AS relation
      FROM la_successor s
     WHERE s.new_la_code = series_code AND s.kind IN ('merge', 'split') AND CAST(on_date AS DATE) < s.effective_date
    UNION ALL
    SELECT series_code AS source_la_code, 'same' AS relation
     WHERE NOT EXISTS (SELECT 1 FROM la_successor s
                        WHERE s.new_la_code = series_code AND s.kind IN ('merge', 'split')
                          AND CAST(on_date AS DATE) < s.effective_date);

-- la_series_code(la_code, on_date): the one series LA a code's data for that date belong to; NULL when the code was
-- split (use la_series_map / la_series_sources then) or is unknown.
CREATE OR REPLACE MACRO la_series_code(code, on_date) AS (
    SELECT CASE WHEN count(*) = 1 THEN min(m.series_la_code) END
      FROM la_series_map m
     WHERE m.la_code = code
       AND (m.effective_date IS NULL OR CAST(on_date AS DATE) < m.effective_date + INTERVAL 1 YEAR)
);

-- la_code_of_ons(ons): the 3-digit LA number of any current or retired ONS code.
CREATE OR REPLACE MACRO la_code_of_ons(ons) AS (
    SELECT min(la_code) FROM la_ons_code WHERE ons_code = ons
);
