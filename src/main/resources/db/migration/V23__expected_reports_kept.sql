-- Issue 18: the reports owed below a unit change only with the office files (the lists of units and the calendar),
-- after which the roll-up runs in full. rollup_expected is now kept between runs, and this table says which units
-- it has counted for a (version, period): a nightly whose files come from units already counted does not count the
-- nation's reports owed again.
create table rollup_counted (
    version_id varchar(20) not null,
    period     varchar(8)  not null,
    unit_code  varchar(16) not null,
    primary key (version_id, period, unit_code)
);

-- The dirty units of a run whose reports owed below are still to be counted.
alter table rollup_dirty add column to_count int default 0 not null;
