package vn.genderstats.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    private final VietnameseFormat vi = VietnameseFormat.forLanguage("vi");
    private final VietnameseFormat en = VietnameseFormat.forLanguage("en");

    @Test
    void vietnamese_numbers_group_thousands_with_a_dot_and_use_a_decimal_comma() {
        assertThat(vi.integer(1234)).isEqualTo("1.234");
        assertThat(vi.integer(543052)).isEqualTo("543.052");
        assertThat(vi.integer(1_234_567)).isEqualTo("1.234.567");
        assertThat(vi.number(111.5, 1)).isEqualTo("111,5");
        assertThat(vi.number(1234.5, 2)).isEqualTo("1.234,50");
        assertThat(vi.number(-1234.5, 1)).isEqualTo("-1.234,5");
        assertThat(vi.percent(45.2, 1)).isEqualTo("45,2%");
    }

    @Test
    void english_numbers_group_thousands_with_a_comma_and_use_a_decimal_point() {
        assertThat(en.integer(1234)).isEqualTo("1,234");
        assertThat(en.number(111.5, 1)).isEqualTo("111.5");
        assertThat(en.number(1234.5, 2)).isEqualTo("1,234.50");
        assertThat(en.percent(45.2, 1)).isEqualTo("45.2%");
    }

    @Test
    void output_is_plain_ascii_separators_whatever_the_jvm_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fr-FR")); // groups with a narrow no-break space
            assertThat(vi.number(1234567.891, 2)).isEqualTo("1.234.567,89");
            assertThat(en.number(1234567.891, 2)).isEqualTo("1,234,567.89");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void the_number_of_decimals_is_configurable_and_halves_round_up() {
        assertThat(vi.number(111.45, 1)).isEqualTo("111,5");
        assertThat(vi.number(0.125, 2)).isEqualTo("0,13");
        assertThat(vi.number(2.5, 0)).isEqualTo("3");
        assertThat(vi.number(7, 3)).isEqualTo("7,000");
        assertThat(vi.percent(45.25, 0)).isEqualTo("45%");
    }

    @Test
    void vietnamese_long_dates_follow_the_administrative_style() {
        assertThat(vi.longDate(LocalDate.of(2026, 12, 5))).isEqualTo("ngày 05 tháng 12 năm 2026");
        // Decree 30/2020/NĐ-CP pads months 1 and 2 only.
        assertThat(vi.longDate(LocalDate.of(2026, 2, 14))).isEqualTo("ngày 14 tháng 02 năm 2026");
        assertThat(vi.longDate(LocalDate.of(2026, 3, 7))).isEqualTo("ngày 07 tháng 3 năm 2026");
    }

    @Test
    void english_long_dates_read_day_month_name_year() {
        assertThat(en.longDate(LocalDate.of(2026, 12, 5))).isEqualTo("5 December 2026");
    }

    @Test
    void short_dates_are_day_month_year_in_both_languages() {
        assertThat(vi.shortDate(LocalDate.of(2026, 12, 5))).isEqualTo("05/12/2026");
        assertThat(en.shortDate(LocalDate.of(2026, 3, 7))).isEqualTo("07/03/2026");
    }

    @Test
    void the_language_can_be_chosen_by_locale() {
        assertThat(VietnameseFormat.forLocale(Locale.forLanguageTag("vi-VN"))).isSameAs(VietnameseFormat.VI);
        assertThat(VietnameseFormat.forLocale(Locale.UK)).isSameAs(VietnameseFormat.EN);
    }

    @Test
    void an_unsupported_language_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietnameseFormat.forLanguage("fr"));
    }
}
