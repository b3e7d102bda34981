-- Issue 18: the indicators of the units above are summed level by level, as their sums are. Each unit with units
-- below keeps what goes up from its subtree to the unit above, for every indicator (and for its share of each group):
-- the summed numerator and denominator of the units that gave every term, how many units did (complete) and how many
-- gave a part (seen), and the highest restatement among the complete ones. A unit's indicator is then its children's
-- totals and its own parts, where it had read every part of its subtree through the closure.
create table indicator_up (
    version_id     varchar(20)   not null,
    period         varchar(8)    not null,
    unit_code      varchar(16)   not null,
    group_code     varchar(40)   not null,
    indicator_code varchar(40)   not null,
    numerator      numeric(30,12),
    denominator    numeric(30,12),
    complete       int           not null,
    seen           int           not null,
    rnk            int,
    constraint indicator_up_key primary key (version_id, period, unit_code, group_code, indicator_code)
);
