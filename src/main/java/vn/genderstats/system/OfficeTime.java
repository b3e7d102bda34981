package vn.genderstats.system;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The office's time zone ({@code genderstats.time.zone}, Asia/Ho_Chi_Minh unless set): the one zone in which
 * deadlines are judged, "today" is read and times are stored and printed, whatever the machine's own zone.
 */
@Validated
@ConfigurationProperties("genderstats.time")
public record OfficeTime(@NotNull @DefaultValue(VietNamTime.ZONE_ID) ZoneId zone) {
}
