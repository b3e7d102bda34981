-- Issue 18: restated, the parts of an old unit split between new units meet again above them, and a sum there counts
-- the old unit once per branch it comes up by. Where they meet, and how many branches too many, is a fact of the
-- lists and their succession, not of the figures: worked out once when the hierarchy is loaded instead of from every
-- succession link in each restated level statement (about 17 ms each, four of them in a province sent again).
-- group_code: '' for the whole unit, else the group of units whose share it is (only parts in the group count).
create table succession_meeting (
    from_version varchar(20) not null,
    to_version   varchar(20) not null,
    unit_code    varchar(16) not null,
    group_code   varchar(40) not null,
    from_code    varchar(16) not null,
    extra        int         not null,   -- branches its parts come up by, less one
    constraint succession_meeting_key primary key (from_version, to_version, unit_code, group_code, from_code)
);

-- The groups and successions are loaded again on the next start, and where split units meet with them.
delete from hierarchy_file where name = 'groups-and-successions';
