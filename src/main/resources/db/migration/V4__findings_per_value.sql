-- Validation results per submission and per value (issue 5). A finding still belongs to its file; for an
-- accepted file it also names the submission, and for a finding about one figure the data element and
-- breakdown: (submission_id, data_element, disagg) is the observation's key when the figure was stored,
-- and names the refused figure when it was not (so no foreign key to observation).
alter table finding add column submission_id bigint references submission (submission_id);
alter table finding add column data_element varchar(40);
alter table finding add column disagg varchar(12);
alter table finding alter column rule_code set data type varchar(100);
create index finding_by_submission on finding (submission_id, rule_code);
