-- Issue 18: an incremental roll-up deletes the rows of the units it recomputes from the group tables and from
-- indicator_up only for the units with units below them, the only ones they hold, and finds them by unit.
-- group_indicator_result is keyed by unit first for it, as group_aggregate_value is (V26): its key began with the
-- group, and a province's incremental run scanned the national slice's 30,000 group indicators to delete 480. The
-- rows are copied over.
create table group_indicator_result_by_unit (
    version_id      varchar(20)   not null,
    group_code      varchar(40)   not null,
    unit_code       varchar(16)   not null,
    period          varchar(8)    not null,
    indicator_code  varchar(40)   not null,
    numerator       numeric(20,2) not null,
    denominator     numeric(20,2) not null,
    indicator_value numeric(20,6),
    restatement     varchar(12)   not null,
    units_reporting int           default 0 not null,
    units_partial   int           default 0 not null,
    units_expected  int,
    constraint group_indicator_result_by_unit_key primary key (version_id, unit_code, period, group_code, indicator_code)
);
insert into group_indicator_result_by_unit (version_id, group_code, unit_code, period, indicator_code, numerator,
                                            denominator, indicator_value, restatement, units_reporting, units_partial,
                                            units_expected)
select version_id, group_code, unit_code, period, indicator_code, numerator, denominator, indicator_value, restatement,
       units_reporting, units_partial, units_expected
from group_indicator_result;
drop table group_indicator_result;
alter table group_indicator_result_by_unit rename to group_indicator_result;
create index group_indicator_result_slice on group_indicator_result (version_id, period);

-- Every slice is rolled up in full once more, so that no row an older roll-up wrote for a unit without units below
-- stays in these tables, where an incremental run no longer looks for one.
delete from rollup_state;
