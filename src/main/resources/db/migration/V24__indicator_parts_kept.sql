-- Issue 18: indicator_part (each reporting unit's numerator and denominator of every indicator) is kept between
-- runs instead of being worked out for the whole list every time: an incremental roll-up replaces the parts of the
-- units that sent something, found by their source unit.
create index indicator_part_source on indicator_part (version_id, period, source_unit);
