-- Issue 18: the roll-up no longer copies the figures of units with no units below them (97 % of the sums of a
-- national year) into the sums table: aggregate_value becomes a view of the sums it stores (aggregate_sum) and of
-- those units' own figures, read from the submission each roll-up counted for them (rollup_leaf).
alter table aggregate_value rename to aggregate_sum;

-- The leaves of a period's own list and the submission the last roll-up counted for each (the current one then).
-- owes = 1 when the unit owed a report for the period (report_due); tier and kind pick its element_reporter rows.
create table rollup_leaf (
    version_id    varchar(20) not null,
    period        varchar(8)  not null,
    unit_code     varchar(16) not null,
    submission_id bigint      not null,
    tier          varchar(20) not null,
    unit_kind     varchar(20) not null,
    owes          int         not null,
    primary key (version_id, period, unit_code)
);
create index rollup_leaf_submission on rollup_leaf (submission_id);

-- Whether a unit to recompute has units below it (a leaf's sums are read in place).
alter table rollup_dirty add column leaf int default 0 not null;

-- A leaf's sum of an element is its own figure, given by one unit (itself), owed by it if it owed a report and its
-- form carries the element.
create view aggregate_value as
select version_id, unit_code, period, data_element, disagg, amount, units_reporting, restatement, units_expected
from aggregate_sum
union all
select l.version_id, l.unit_code, l.period, o.data_element, o.disagg, cast(o.amount as numeric(20,2)), 1,
       cast('native' as varchar(12)), case when l.owes = 1 and r.data_element is not null then 1 end
from rollup_leaf l
join observation o on o.submission_id = l.submission_id
left join element_reporter r on r.data_element = o.data_element and r.tier = l.tier and r.unit_kind = l.unit_kind
where o.amount is not null;

-- The indicators of the units to recompute reach each unit's parts by where they landed: without this index the
-- primary key (indicator first) is scanned whole for every unit below (1.3 s for one province restated).
create index indicator_part_placed on indicator_part (version_id, period, placed_code);
