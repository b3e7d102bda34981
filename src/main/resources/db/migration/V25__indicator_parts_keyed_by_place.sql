-- Issue 18: indicator_part is keyed by the unit a part landed on, the way it is read. Its primary key began with the
-- indicator and served no query (PostgreSQL counted no scan of it over a sample nightly and an export) while a
-- second index served the reads by unit; each index cost about 0.7 s of inserting a national list's 220,000 parts.
-- The parts are copied over, so the roll-up goes on incrementally from where it was.
create table indicator_part_by_place (
    version_id     varchar(20)   not null,
    period         varchar(8)    not null,
    indicator_code varchar(40)   not null,
    placed_code    varchar(16)   not null,
    source_unit    varchar(16)   not null,
    numerator      numeric(30,12),
    denominator    numeric(30,12),
    complete       int           not null,
    goes_up        int           not null,
    rnk            int           not null,
    constraint indicator_part_by_place_key primary key (version_id, period, placed_code, indicator_code, source_unit)
);
insert into indicator_part_by_place (version_id, period, indicator_code, placed_code, source_unit, numerator,
                                     denominator, complete, goes_up, rnk)
select version_id, period, indicator_code, placed_code, source_unit, numerator, denominator, complete, goes_up, rnk
from indicator_part;
drop table indicator_part;
alter table indicator_part_by_place rename to indicator_part;
create index indicator_part_source on indicator_part (version_id, period, source_unit);
