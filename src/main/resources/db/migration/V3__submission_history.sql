-- Resubmission history: who sent what, when, and which values changed (issue 4).

-- The unit whose inbox folder the file came from (the folder name starts with its code); null for the
-- office's own folders.
alter table received_file add column sender_code varchar(16);

-- The submission this one replaced as the current one for its unit and period (null: the first).
alter table submission add column replaces_submission_id bigint references submission;

-- Every value that differs between a resubmission and the submission it replaced: old -> new.
-- kind: changed (both present, different), added (only in the new one), removed (only in the old one).
-- A null amount is "không có" / N/A, which is neither zero nor blank.
create table value_change (
    submission_id          bigint       not null references submission,
    replaced_submission_id bigint       not null references submission,
    data_element           varchar(40)  not null,
    disagg                 varchar(12)  not null,
    change_kind            varchar(10)  not null,
    old_amount             numeric(18,2),
    new_amount             numeric(18,2),
    old_cell_ref           varchar(12),
    new_cell_ref           varchar(12),
    primary key (submission_id, data_element, disagg)
);

-- One line per value change with the sender, file and arrival time of both versions.
create view submission_history as
select s.version_id, s.unit_code, s.period, c.data_element, c.disagg, c.change_kind,
       c.old_amount, c.new_amount,
       s.submission_id, f.sender_code, f.inbox_path, f.sha256, s.received_at, f.job_execution_id,
       c.replaced_submission_id, pf.sender_code as replaced_sender_code, pf.inbox_path as replaced_inbox_path,
       p.received_at as replaced_received_at
from value_change c
join submission s on s.submission_id = c.submission_id
join received_file f on f.file_id = s.file_id
join submission p on p.submission_id = c.replaced_submission_id
join received_file pf on pf.file_id = p.file_id;
