-- Units over time, groups, restatement, completeness and incremental roll-up (issue 6).

-- Which files of jobs/hierarchy/ beyond the unit lists (groups, successions, weights) are loaded, by checksum.
create table hierarchy_file (
    name     varchar(100) primary key,
    checksum varchar(64)  not null
);

-- Groups of units that reports break down by (urban / rural derived from the GSO type; others from groups.csv).
create table unit_group (
    version_id varchar(20) not null,
    group_code varchar(40) not null,
    unit_code  varchar(16) not null,
    primary key (version_id, group_code, unit_code)
);
create index unit_group_by_unit on unit_group (version_id, unit_code);

-- Where each unit of an older version went in the restatement target version (today's units).
-- weight: the share of the old unit's figures the new unit receives; 1 for a full merge; null when the old
-- unit was split (partial) and no weight was given, so its figures cannot be placed.
create table unit_succession (
    from_version varchar(20)    not null,
    from_code    varchar(16)    not null,
    to_version   varchar(20)    not null,
    to_code      varchar(16)    not null,
    kind         varchar(10)    not null,      -- full, partial
    weight       numeric(20,12),
    primary key (from_version, from_code, to_version, to_code)
);
create index unit_succession_to on unit_succession (to_version, to_code);

-- The catalogue's "who reports what" for the roll-up: units of this tier and kind report the element, and
-- into_totals says whether their figure is added into the totals of the units above them.
create table element_reporter (
    data_element varchar(40) not null,
    tier         varchar(20) not null,
    unit_kind    varchar(20) not null,
    into_totals  boolean     not null,
    primary key (data_element, tier, unit_kind)
);

-- The roll-up reads and rewrites whole (version, period) slices.
create index aggregate_value_slice on aggregate_value (version_id, period, data_element);
create index indicator_result_slice on indicator_result (version_id, period);

-- Roll-up per group of units, at every unit above them (e.g. the urban communes of a province).
create table group_aggregate_value (
    version_id      varchar(20)   not null,
    group_code      varchar(40)   not null,
    unit_code       varchar(16)   not null,
    period          varchar(8)    not null,
    data_element    varchar(40)   not null,
    disagg          varchar(12)   not null,
    amount          numeric(20,2) not null,
    units_reporting int           not null,
    units_expected  int,
    restatement     varchar(12)   not null,
    primary key (version_id, group_code, unit_code, period, data_element, disagg)
);
create index group_aggregate_value_slice on group_aggregate_value (version_id, period, data_element);

create table group_indicator_result (
    version_id      varchar(20)   not null,
    group_code      varchar(40)   not null,
    unit_code       varchar(16)   not null,
    period          varchar(8)    not null,
    indicator_code  varchar(40)   not null,
    numerator       numeric(20,2) not null,
    denominator     numeric(20,2) not null,
    indicator_value numeric(20,6),
    restatement     varchar(12)   not null,
    primary key (version_id, group_code, unit_code, period, indicator_code)
);
create index group_indicator_result_slice on group_indicator_result (version_id, period);

-- What the last roll-up of a (version, period) covered: submissions up to last_submission_id, under the
-- office files with rules_checksum. A later run recomputes only what came after, or everything if the rules changed.
create table rollup_state (
    version_id         varchar(20) not null,
    period             varchar(8)  not null,
    source_version     varchar(20) not null,
    last_submission_id bigint      not null,
    rules_checksum     varchar(64) not null,
    computed_at        timestamp   not null,
    primary key (version_id, period)
);

-- Units whose figures an incremental run recomputes (filled and emptied within one run).
create table rollup_dirty (
    version_id varchar(20) not null,
    period     varchar(8)  not null,
    unit_code  varchar(16) not null,
    primary key (version_id, period, unit_code)
);

-- Reports owed below each unit, by tier and kind of the owing units (filled and emptied within one run);
-- group_code is '' for the whole unit. self = 1 for the unit's own report.
create table rollup_expected (
    version_id varchar(20) not null,
    period     varchar(8)  not null,
    group_code varchar(40) not null,
    unit_code  varchar(16) not null,
    tier       varchar(20) not null,
    unit_kind  varchar(20) not null,
    self       int         not null,
    n          int         not null,
    primary key (version_id, period, group_code, unit_code, tier, unit_kind, self)
);

-- Completeness and timeliness at every unit: reports owed below (and by) it, received on time, late, missing.
create view completeness as
select d.version_id, a.ancestor_code as unit_code, d.period,
       count(*) as reports_expected,
       sum(case when d.status = 'on_time' then 1 else 0 end) as on_time,
       sum(case when d.status = 'late' then 1 else 0 end) as late,
       sum(case when d.status = 'missing' then 1 else 0 end) as missing,
       sum(case when d.status = 'pending' then 1 else 0 end) as pending,
       100.0 * sum(case when d.status in ('on_time', 'late') then 1 else 0 end) / count(*) as received_rate,
       100.0 * sum(case when d.status = 'on_time' then 1 else 0 end) / count(*) as on_time_rate
from report_due d
join unit_ancestor a on a.version_id = d.version_id and a.unit_code = d.unit_code
group by d.version_id, a.ancestor_code, d.period;

-- The units whose report is missing, under each unit (under_code = the unit itself or any unit above it).
create view missing_report as
select d.version_id, d.period, a.ancestor_code as under_code, d.unit_code, u.name as unit_name, u.tier,
       u.kind, u.parent_code, d.due_date
from report_due d
join unit_ancestor a on a.version_id = d.version_id and a.unit_code = d.unit_code
join admin_unit u on u.version_id = d.version_id and u.code = d.unit_code
where d.status = 'missing';
