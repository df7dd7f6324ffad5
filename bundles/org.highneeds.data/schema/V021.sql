-- V021: curated LA successor seed. Sources (checked against the old_la_code/new_la_code/la_name columns of the SEN2
-- EES files in shared/data/ehcp-sen2-2025 and ehcp-sen2-2022, which show when each code stops and starts):
--  * The Bournemouth, Dorset and Poole (Structural Changes) Order 2018: from 1 April 2019 Dorset County Council (835)
--    is replaced by Dorset Council (838) and Christchurch borough joins Bournemouth (837) and Poole (836) in
--    Bournemouth, Christchurch and Poole (839). SEN2: 835/836/837 last in 2019, 838/839 from 2019.
--  * The Northamptonshire (Structural Changes) Order 2020: from 1 April 2021 Northamptonshire (928) is split into
--    North Northamptonshire (940) and West Northamptonshire (941). SEN2: 928 last in 2021, 940/941 from 2021.
--  * The Cumbria (Structural Changes) Order 2022: from 1 April 2023 Cumbria (909) is split into Cumberland (942:
--    Allerdale, Carlisle, Copeland) and Westmorland and Furness (943: Barrow, Eden, South Lakeland).
--    SEN2: 909 last in 202223 (January 2023), 942/943 from 202324.
--  * The Buckinghamshire (Structural Changes) Order 2019: unitary Buckinghamshire Council from 1 April 2020, LA number
--    825 kept, ONS code E10000002 -> E06000060 (SEN2 2022 files: E06000060 from 2020).
--  * The North Yorkshire (Structural Changes) Order 2022 and The Somerset (Structural Changes) Order 2022: unitary
--    councils from 1 April 2023, numbers 815 and 933 kept, ONS codes E10000023 -> E06000065 and E10000027 ->
--    E06000066 (new codes as in DfE school places scorecards 2022/23 onwards; SEN2 files still use the old codes).
INSERT INTO la_successor (old_la_code, new_la_code, effective_year, effective_date, kind, old_ons_code, new_ons_code, note) VALUES
  ('835', '838', 2019, DATE '2019-04-01', 'split', 'E10000009', 'E06000059',
   'Dorset County Council area less Christchurch became Dorset Council'),
  ('835', '839', 2019, DATE '2019-04-01', 'split', 'E10000009', 'E06000058',
   'Christchurch borough (part of Dorset county) joined Bournemouth, Christchurch and Poole'),
  ('837', '839', 2019, DATE '2019-04-01', 'merge', 'E06000028', 'E06000058',
   'Bournemouth merged into Bournemouth, Christchurch and Poole'),
  ('836', '839', 2019, DATE '2019-04-01', 'merge', 'E06000029', 'E06000058',
   'Poole merged into Bournemouth, Christchurch and Poole'),
  ('928', '940', 2021, DATE '2021-04-01', 'split', 'E10000021', 'E06000061',
   'Northamptonshire split: North Northamptonshire (Corby, East Northamptonshire, Kettering, Wellingborough)'),
  ('928', '941', 2021, DATE '2021-04-01', 'split', 'E10000021', 'E06000062',
   'Northamptonshire split: West Northamptonshire (Daventry, Northampton, South Northamptonshire)'),
  ('909', '942', 2023, DATE '2023-04-01', 'split', 'E10000006', 'E06000063',
   'Cumbria split: Cumberland (Allerdale, Carlisle, Copeland)'),
  ('909', '943', 2023, DATE '2023-04-01', 'split', 'E10000006', 'E06000064',
   'Cumbria split: Westmorland and Furness (Barrow-in-Furness, Eden, South Lakeland)'),
  ('825', '825', 2020, DATE '2020-04-01', 'code_change', 'E10000002', 'E06000060',
   'Buckinghamshire became a unitary council; LA number kept'),
  ('815', '815', 2023, DATE '2023-04-01', 'code_change', 'E10000023', 'E06000065',
   'North Yorkshire became a unitary council; LA number kept'),
  ('933', '933', 2023, DATE '2023-04-01', 'code_change', 'E10000027', 'E06000066',
   'Somerset became a unitary council; LA number kept'),
  ('390', '390', 2014, DATE '2014-04-01', 'code_change', 'E08000020', 'E08000037',
   'Gateshead ONS code changed after a boundary correction (SEN2 files: E08000020 to 2013)'),
  ('929', '929', 2014, DATE '2014-04-01', 'code_change', 'E06000048', 'E06000057',
   'Northumberland ONS code changed after a boundary correction (SEN2 files: E06000048 to 2013)');
