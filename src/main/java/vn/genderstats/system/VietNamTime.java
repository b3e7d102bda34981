package vn.genderstats.system;

import java.time.ZoneId;

/** Offices run on Viet Nam time: deadlines, "today" and the times printed are all read in this zone. */
public final class VietNamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietNamTime() {
    }
}
