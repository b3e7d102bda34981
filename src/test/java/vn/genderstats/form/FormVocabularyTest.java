package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.genderstats.form.FormVocabulary.Column;
import vn.genderstats.form.FormVocabulary.HeaderLabel;
import vn.genderstats.text.VietnameseLetters;

/**
 * The labels a form is recognised by. Folding and splitting are loops, for speed; their meaning is the regular
 * expressions below, which they replaced, and they must give the same parts for any text.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FormVocabularyTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[/\\n()\\[\\]]");
    private static final Pattern TRAILING = Pattern.compile("[:.*\\s]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\s-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String foldAsDefined(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static List<String> partsAsDefined(String text) {
        return Arrays.stream(SEPARATORS.split(foldAsDefined(text)))
                .map(p -> SPACES.matcher(LEADING.matcher(TRAILING.matcher(p).replaceAll("")).replaceAll(""))
                        .replaceAll(" "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    @Test
    void labels_are_found_with_or_without_diacritics_in_either_language() {
        assertThat(FormVocabulary.parts(" - Tổng số / Total:  \n(Đơn vị   tính)* ")).containsExactly("tong so", "total",
                "don vi tinh");
        assertThat(FormVocabulary.column("Tổng số")).contains(Column.TOTAL);
        assertThat(FormVocabulary.column("TONG SO (Total)")).contains(Column.TOTAL);
        assertThat(FormVocabulary.headerLabel("Mã đơn vị: 01453").map(FormVocabulary.LabelMatch::label))
                .contains(HeaderLabel.UNIT_CODE);
        assertThat(FormVocabulary.headerLabel("Mã đơn vị: 01453").map(FormVocabulary.LabelMatch::inlineValue))
                .contains("01453");
        assertThat(FormVocabulary.column("Xã Tri Phương")).isEqualTo(Optional.empty());
    }

    @Test
    void folding_and_splitting_give_what_the_regular_expressions_gave_for_any_text() {
        // Letters precomposed and decomposed, đ, marks outside Vietnamese (one beyond the BMP), every separator,
        // every kind of white space the expressions knew and some they did not, and the characters trimmed.
        String[] pieces = {"a", "Ư", "ờ", "e\u0301", "o\u0323\u0302", "đ", "Đ", "ß", "\u20DD", "\uD834\uDD67", "İ",
            "/", "\n", "(", ")", "[", "]", " ", "\t", "\u000B", "\f", "\r", "\u00A0", "\u2003", "-", ":", ".", "*",
            "1", "x", "Tổng", "số"};
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(VietnameseLetters.fold(t)).as("fold of %s", t).isEqualTo(foldAsDefined(t));
            assertThat(FormVocabulary.parts(t)).as("parts of %s", t).isEqualTo(partsAsDefined(t));
        }
    }
}
