-- Issue 18: the indicators of units with no units below them (200,000 of a national year's 230,000) are no longer
-- stored. A leaf counts for an indicator only when it gave every term, so its indicator is its own numerator and
-- denominator: indicator_result becomes a view of the indicators the roll-up stores (the units above, and every
-- restated unit) and of the leaves' own, worked out from the submission the roll-up counted for each (rollup_leaf),
-- as aggregate_value reads their sums. The casts give the values the roll-up stored before, to the digit.
alter table indicator_result rename to indicator_stored;

create view indicator_result as
select version_id, unit_code, period, indicator_code, numerator, denominator, indicator_value, restatement,
       units_reporting, units_partial, units_expected
from indicator_stored
union all
select p.version_id, p.unit_code, p.period, p.indicator_code, cast(coalesce(p.numerator, 0) as numeric(20,2)),
       cast(coalesce(p.denominator, 0) as numeric(20,2)),
       cast(case when p.denominator <> 0
                 then cast(coalesce(p.numerator, 0) as double precision) * p.factor / cast(p.denominator as double precision)
            end as numeric(20,6)),
       cast('native' as varchar(12)), 1, 0, p.units_expected
from (
    -- A leaf owes an indicator when it owed a report and its form carries every term's element (as its sums).
    select l.version_id, l.unit_code, l.period, t.indicator_code,
           sum(case when t.side = 'N' then o.amount * t.coefficient end) as numerator,
           sum(case when t.side = 'D' then o.amount * t.coefficient end) as denominator,
           max(t.factor) as factor, min(case when l.owes = 1 and r.data_element is not null then 1 end) as units_expected
    from rollup_leaf l
    join observation o on o.submission_id = l.submission_id
    join indicator_term t on t.data_element = o.data_element and t.disagg = o.disagg
    left join element_reporter r on r.data_element = t.data_element and r.tier = l.tier and r.unit_kind = l.unit_kind
    where o.amount is not null
    group by l.version_id, l.unit_code, l.period, t.indicator_code
    having count(*) = max(t.terms)
) p;
