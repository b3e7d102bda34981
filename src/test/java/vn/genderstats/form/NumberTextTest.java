package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "12; 12",
        "1.234.567; 1234567",
        "1,234,567; 1234567",
        "1.234,5; 1234.5",
        "1,234.5; 1234.5",
        "111,5; 111.5",
        "12.75; 12.75",
        "10 035; 10035"})
    void readsVietnameseAndEnglishSeparatorsWhereUnambiguous(String text, String expected) {
        assertThat(NumberText.parse(text)).isEqualTo(new NumberText.Number(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1,234", "12.500"})
    void flagsAThousandsSeparatorThatCouldBeADecimalPoint(String text) {
        assertThat(NumberText.parse(text)).isInstanceOf(NumberText.Ambiguous.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"không có", "Không có", "khong co", "N/A", "-"})
    void keepsNotApplicableApartFromZero(String text) {
        assertThat(NumberText.parse(text)).isInstanceOf(NumberText.NotApplicable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mười hai", "12 người", "#REF"})
    void refusesWordsAndUnits(String text) {
        assertThat(NumberText.parse(text)).isInstanceOf(NumberText.NotANumber.class);
    }
}
