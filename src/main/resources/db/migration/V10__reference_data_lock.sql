-- The row commands lock (SELECT … FOR UPDATE, in the loading transaction) while they check and load the reference
-- data from jobs/ (hierarchy versions, groups, successions): two commands started together on a fresh database
-- load it once, the second waits and finds it loaded. PostgreSQL uses a transaction advisory lock instead.
insert into nightly_lock (lock_name) values ('reference-data');
