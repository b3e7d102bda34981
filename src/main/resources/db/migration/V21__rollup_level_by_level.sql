-- Issue 18: the roll-up adds up a period's own list level by level, from the units just above the leaves to the
-- nation. A unit to recompute keeps its height: the most levels of units below it (0 for a leaf).
alter table rollup_dirty add column height int default 0 not null;

-- A unit's group sums are read by unit when its parent is summed: the primary key has the group first.
create index group_aggregate_value_unit on group_aggregate_value (version_id, unit_code, period);
