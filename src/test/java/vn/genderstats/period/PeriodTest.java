package vn.genderstats.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "Năm 2024, 2024",
        "nam 2024, 2024",
        "6 tháng đầu năm 2024, 2024S1",
        "Sáu tháng đầu năm 2025, 2025S1",
        "2024S1, 2024S1",
        "First half of 2023, 2023S1",
        "Year 2022, 2022"})
    void readsPeriodsAsClerksWriteThem(String written, String code) {
        assertThat(Period.fromFormText(written)).map(Period::code).contains(code);
    }

    @Test
    void aFirstHalfEndsOnThirtiethJuneAndAYearOnThirtyFirstDecember() {
        assertThat(Period.parse("2025S1").end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Period.parse("2025").end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void refusesAMalformedPeriodCode() {
        assertThatThrownBy(() -> Period.parse("2024-S1")).hasMessageContaining("2024 or 2024S1");
    }

    @Test
    void aFormWithoutAYearHasNoPeriod() {
        assertThat(Period.fromFormText("6 tháng đầu năm")).isEmpty();
    }
}
