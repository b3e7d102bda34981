package vn.genderstats.system;

import java.time.ZoneId;

/**
 * Offices run on Viet Nam time: deadlines, "today" and the times printed are all read in this zone unless
 * {@code genderstats.time.zone} says otherwise ({@link OfficeTime}); code in the Spring context takes the zone
 * from the {@link java.time.Clock} bean.
 */
public final class VietNamTime {

    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private VietNamTime() {
    }
}
