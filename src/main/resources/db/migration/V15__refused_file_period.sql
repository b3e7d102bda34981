-- The period a refused form says it is for (issue 16): its unit's report of that period lists it, and no other.
-- Null when the header could not be read (not a workbook, no period).
alter table received_file add column form_period varchar(8);
