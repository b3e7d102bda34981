package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.pdf.VietnameseFormat;

/** How the report writes a yes/no target and a period in a narrow column head. */
class FigureTextTest {

    /** Strategy 5.2 as the catalogue has it: 1 yes, 0 no, 0,5 one of the two kinds of curricula. */
    private static final Indicator CURRICULA = new Indicator("GE_CURRICULA_INTEGRATION",
            new LocalizedText("Nội dung về giới …", "Gender content …"), Expression.parse("GE_CONTENT_GENERAL_EDUCATION"),
            Expression.parse("GE_CURRICULA_ASSESSED"), BigDecimal.ONE,
            new LocalizedText("có (1)/không (0)", "yes (1)/no (0)"), 5, Optional.of(new Target("5.2", BigDecimal.ONE, null,
                    Direction.EQUAL, new LocalizedText("", ""))));

    @ParameterizedTest
    @CsvSource({"1, vi, Có", "0, vi, Không", "0.5, vi, 'Một phần (0,50)'", "1, en, Yes", "0, en, No",
            "0.5, en, Partly (0.50)"})
    void aYesNoTargetIsWrittenInWordsNotAsANumber(double value, String lang, String expected) {
        FigureText text = new FigureText(VietnameseFormat.forLanguage(lang));
        assertThat(text.value(CURRICULA, value)).isEqualTo(expected);
        assertThat(text.target(CURRICULA, BigDecimal.ONE)).isEqualTo("en".equals(lang) ? "Yes" : "Có");
    }

    @ParameterizedTest
    @CsvSource({"2026S1, vi, '6T/\n2026'", "2026S1, en, 'H1\n2026'", "2025, vi, 2025"})
    void aHalfYearColumnHeadBreaksBeforeTheYearNotInsideIt(String period, String lang, String expected) {
        assertThat(new FigureText(VietnameseFormat.forLanguage(lang)).periodHead(Period.parse(period)))
                .isEqualTo(expected);
    }
}
