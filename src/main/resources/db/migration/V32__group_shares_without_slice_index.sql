-- Issue 18: group_aggregate_value loses its index by list, period and element. Only the roll-up reads the table, by
-- unit (its primary key); the index served nothing else but a full run's delete of a slice, which the primary key
-- serves too, and each of a national list's 114,000 group shares had to be added to it: the native group sums of
-- `aggregate --full` took 2.2-2.4 s without it against 2.4-3.9 s with it (three runs each, copies of the national
-- benchmark's database). Its twin on aggregate_sum stays: the reports read through it.
drop index group_aggregate_value_slice;
