-- Issue 18: the submission that counts for each unit a roll-up slice reads, worked out once when the slice starts
-- (filled and emptied within the slice; on PostgreSQL a temporary copy, its transaction's own, hides this table).
-- Every statement of a slice joined the view current_submission instead: PostgreSQL planned its two anti-joins and
-- the approvals' view again in each, and on the national database hashed the period's 12,000 submissions for each.
create table rollup_submission (
    version_id    varchar(20) not null,
    period        varchar(8)  not null,
    unit_code     varchar(16) not null,
    submission_id bigint      not null,
    primary key (version_id, period, unit_code)
);
