-- The row commands lock (SELECT … FOR UPDATE, in the loading transaction) while they check and load the reference
-- data from jobs/ (hierarchy versions, groups, successions): two commands started together on a fresh database
-- load it once, the second waits and finds it loaded. PostgreSQL uses a transaction advisory lock instead.
-- The hierarchy's own table: the nightly run's lock is another matter, held for a whole run.
create table reference_data_lock (
    lock_name varchar(40) primary key
);
insert into reference_data_lock (lock_name) values ('reference-data');
