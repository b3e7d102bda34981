package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.catalog.Target;
import vn.genderstats.report.TargetStatus.Point;

class TargetStatusTest {

    private static final LocalizedText NOTE = new LocalizedText("", "");
    /** Strategy 1.1: at least 60% by 2025, 75% by 2030. */
    private static final Target SHARE = new Target("1.1", BigDecimal.valueOf(60), BigDecimal.valueOf(75),
            Direction.AT_LEAST, NOTE);
    /** Strategy 4.1: at most 111 by 2025, 109 by 2030. */
    private static final Target SRB = new Target("4.1", BigDecimal.valueOf(111), BigDecimal.valueOf(109),
            Direction.AT_MOST, NOTE);

    @Test
    void aValueMeetingTheNextMilestonesTargetIsAchieved() {
        assertThat(TargetStatus.of(SHARE, List.of(new Point(2024, 61)), 2024)).isEqualTo(TargetStatus.ACHIEVED);
        // After 2025 the milestone is 2030: 61% no longer achieves anything.
        assertThat(TargetStatus.of(SHARE, List.of(new Point(2026, 61)), 2026)).isNotEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetStatus.of(SRB, List.of(new Point(2024, 110.7)), 2024)).isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void aTrendThatReachesTheTargetByTheMilestoneIsOnTrack() {
        // 50, 53, 56: the line reaches 62 in 2025.
        List<Point> rising = List.of(new Point(2021, 50), new Point(2022, 53), new Point(2023, 56));
        assertThat(TargetStatus.project(rising, 2025)).isEqualTo(62.0);
        assertThat(TargetStatus.of(SHARE, rising, 2023)).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void missingByAtMostTenPercentOfTheTargetIsAtRiskAndFurtherIsOffTrack() {
        // Flat at 55: misses 60 by 8.3% of the target.
        assertThat(TargetStatus.of(SHARE, List.of(new Point(2023, 55), new Point(2024, 55)), 2024))
                .isEqualTo(TargetStatus.AT_RISK);
        // Falling from 50 to 45: projects to 40 in 2025, a third below.
        assertThat(TargetStatus.of(SHARE, List.of(new Point(2022, 50), new Point(2023, 47.5), new Point(2024, 45)), 2024))
                .isEqualTo(TargetStatus.OFF_TRACK);
        // The sex ratio at birth rising away from 111.
        assertThat(TargetStatus.of(SRB, List.of(new Point(2023, 112), new Point(2024, 114)), 2024))
                .isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void noValueIsNoData() {
        assertThat(TargetStatus.of(SHARE, List.of(), 2024)).isEqualTo(TargetStatus.NO_DATA);
    }
}
