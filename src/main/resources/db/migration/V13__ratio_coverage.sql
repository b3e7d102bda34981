-- Ratios over the units that reported both parts, and their coverage (issue 15).
--
-- A blank is not a zero: an indicator's numerator and denominator are summed over the same units, those that gave
-- every term of both. Each indicator row keeps its coverage: units_reporting (the units it is summed over),
-- units_partial (units that gave some of its terms but left another blank, so they are left out) and
-- units_expected (the units owing every term of it: the reports owed below and including the unit).
alter table indicator_result add column units_reporting int default 0 not null;
alter table indicator_result add column units_partial int default 0 not null;
alter table indicator_result add column units_expected int;
alter table group_indicator_result add column units_reporting int default 0 not null;
alter table group_indicator_result add column units_partial int default 0 not null;
alter table group_indicator_result add column units_expected int;

-- The catalogue's indicators as terms, for the roll-up (rewritten from jobs/catalog.yaml on every run):
-- side N (numerator) or D (denominator), term_no numbers the terms of one indicator 1..terms; factor is the
-- indicator's, repeated on each of its terms.
create table indicator_term (
    indicator_code varchar(40)   not null,
    term_no        int           not null,
    side           char(1)       not null,
    data_element   varchar(40)   not null,
    disagg         varchar(12)   not null,
    coefficient    numeric(20,6) not null,
    terms          int           not null,
    factor         numeric(20,6) not null,
    primary key (indicator_code, term_no)
);
create index indicator_term_by_element on indicator_term (data_element, disagg);

-- Each reporting unit's own numerator and denominator of every indicator, where it lands on the target list
-- (filled and emptied within one run). complete = 1 when the unit gave every term; goes_up = 1 when its parts
-- are added into the totals of the units above (territories, or units whose every term the catalogue adds).
create table indicator_part (
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
    primary key (version_id, period, indicator_code, placed_code, source_unit)
);
