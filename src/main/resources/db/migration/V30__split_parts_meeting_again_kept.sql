-- Issue 18: restated, an old unit split between new units has a part in each, and a unit above two of them counts it
-- once per part: each indicator takes the extra parts back out. They were counted from every split unit's parts
-- on every run, and the nation is above them all: 20,000 parts (about 110 ms in each of the two indicator statements
-- of a province sent again). They are kept here, per unit above (and group of units, '' for the whole unit),
-- indicator and split old unit, where at least two parts meet: a run recounts only those of the old units that sent
-- something, as it works out only their parts (indicator_part).
create table indicator_met (
    version_id     varchar(20) not null,
    period         varchar(8)  not null,
    unit_code      varchar(16) not null,
    group_code     varchar(40) not null,
    indicator_code varchar(40) not null,
    source_unit    varchar(16) not null,
    parts          int         not null,
    complete       int         not null,
    constraint indicator_met_key primary key (version_id, period, unit_code, group_code, indicator_code, source_unit)
);
create index indicator_met_source on indicator_met (version_id, period, source_unit);

-- Every slice is rolled up in full once more, so that the table holds the parts of every split unit.
delete from rollup_state;
