-- When the plausibility step judged a submission (issue 14): the step asks this column, not Spring Batch's
-- tables, which submissions are still to judge. Null: not judged yet (stored by this run, or by a run cut off
-- before its checks).
alter table submission add column plausibility_checked_at timestamp;

-- Submissions judged before this column existed: those whose storing execution completed its plausibility step,
-- or that no execution stored. Their arrival time stands in for the unknown time of judging.
update submission set plausibility_checked_at = received_at
where file_id not in (
    select f.file_id from received_file f
    join batch_job_execution e on e.job_execution_id = f.job_execution_id
    where not exists (select 1 from batch_step_execution st
                      where st.job_execution_id = e.job_execution_id and st.step_name = 'plausibility'
                        and st.status = 'COMPLETED'));

-- A view's "s.*" is expanded when the view is made: made again (V9's definition) so that it shows the new column.
create or replace view current_submission as
select s.*
from submission s
where not exists (select 1 from held_submission h where h.submission_id = s.submission_id)
  and not exists (
    select 1 from submission later
    where later.version_id = s.version_id and later.unit_code = s.unit_code and later.period = s.period
      and (later.received_at > s.received_at
           or (later.received_at = s.received_at and later.submission_id > s.submission_id))
      and not exists (select 1 from held_submission h where h.submission_id = later.submission_id));
