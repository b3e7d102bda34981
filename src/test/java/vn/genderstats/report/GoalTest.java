package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.catalog.Target;

/** The target a year's figure is measured against. */
class GoalTest {

    private static final LocalizedText NOTE = new LocalizedText("", "");

    @Test
    void looksToTwentyTwentyFiveUntilThenAndToTwentyThirtyAfter() {
        // Strategy 4.1: sex ratio at birth at most 111 by 2025, 109 by 2030.
        Target srb = new Target("4.1", BigDecimal.valueOf(111), BigDecimal.valueOf(109), Direction.AT_MOST, NOTE);

        assertThat(Goal.of(srb, 2024)).contains(new Goal(2025, 111));
        assertThat(Goal.of(srb, 2025)).contains(new Goal(2025, 111));
        assertThat(Goal.of(srb, 2026)).contains(new Goal(2030, 109));
    }

    @Test
    void aTargetWithoutAValueForTheMilestoneSetsNoGoal() {
        Target only2030 = new Target("2.3", null, BigDecimal.valueOf(50), Direction.AT_LEAST, NOTE);
        Target only2025 = new Target("1.1", BigDecimal.valueOf(60), null, Direction.AT_LEAST, NOTE);

        assertThat(Goal.of(only2030, 2024)).isEmpty();
        // With no 2030 value the 2025 one still stands after 2025.
        assertThat(Goal.of(only2025, 2027)).contains(new Goal(2030, 60));
    }
}
