-- The value a finding is about, as the unit wrote it (issue 16): for a refused figure, how much the totals and
-- indicators above leave out ("không tính 59 trẻ của Xã Đoài Dương"). Null for a finding about the whole file, a
-- blank figure, or a number too large to store.
alter table finding add column amount numeric(18,2);
