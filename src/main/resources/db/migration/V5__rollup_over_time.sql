-- Roll-up across hierarchy versions, completeness and timeliness (issue 6), read by the reports (issue 7).
--
-- A row of aggregate_value / indicator_result is about units of version_id. When version_id is the version in
-- force for the period, the row is 'native'; when the period's data was restated onto a later version's units
-- (e.g. 2023 figures on the communes of 1 July 2025), the row says how:
--   native       computed on the units that reported
--   merged       old units wholly inside the new unit were added up (full merges only)
--   apportioned  at least one split old unit contributed by a weight (jobs/)
--   broken       a split old unit had no weight: the figure is not comparable (indicators left null)
alter table aggregate_value add column restatement varchar(12) default 'native' not null;
alter table aggregate_value add column units_expected int;   -- reporting units below (and incl.) that owe a report
alter table indicator_result add column restatement varchar(12) default 'native' not null;

-- What each unit owes for each period, and whether it came in on time (from the calendar in jobs/).
create table report_due (
    version_id  varchar(20) not null,
    unit_code   varchar(16) not null,
    period      varchar(8)  not null,
    due_date    date,                       -- null when no calendar line covers the unit
    received_at timestamp,                  -- the first accepted submission; null while missing
    status      varchar(10) not null,       -- on_time, late, missing
    primary key (version_id, unit_code, period)
);
