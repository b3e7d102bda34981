package vn.genderstats.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.BaseFont;

class ReportFontsTest {

    /** Every letter of the Vietnamese alphabet with every tone mark, both cases. */
    private static final String VIETNAMESE_LETTERS = letters(
            "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ");

    private final ReportFonts fonts = ReportFonts.get();

    @Test
    void the_jvm_runs_headless_as_on_a_batch_server() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ReportFonts.Face.class)
    void each_pdf_face_is_an_embedded_identity_h_subset_with_every_vietnamese_letter(ReportFonts.Face face) {
        BaseFont font = fonts.baseFont(face);
        assertThat(font.getPostscriptFontName()).startsWith("Liberation");
        assertThat(font.getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.isSubset()).isTrue();
        assertThat(VIETNAMESE_LETTERS.codePoints()).allMatch(font::charExists);
    }

    @Test
    void java2d_resolves_the_sans_family_to_the_same_liberation_faces_for_chart_measuring() {
        java.awt.Font regular = fonts.awtSans(false, 9f);
        java.awt.Font bold = fonts.awtSans(true, 9f);
        assertThat(regular.getFontName()).isEqualTo("Liberation Sans");
        assertThat(bold.getFontName()).isEqualTo("Liberation Sans Bold");
        assertThat(bold.getSize2D()).isEqualTo(9f);
        assertThat(regular.canDisplayUpTo(VIETNAMESE_LETTERS)).isEqualTo(-1);
        assertThat(bold.canDisplayUpTo(VIETNAMESE_LETTERS)).isEqualTo(-1);
    }

    @Test
    void the_fonts_are_loaded_once_and_shared() {
        assertThat(ReportFonts.get()).isSameAs(fonts);
        assertThat(fonts.baseFont(ReportFonts.Face.SERIF_REGULAR))
                .isSameAs(ReportFonts.get().baseFont(ReportFonts.Face.SERIF_REGULAR));
    }

    private static String letters(String lowercase) {
        return lowercase + lowercase.toUpperCase(java.util.Locale.ROOT);
    }
}
