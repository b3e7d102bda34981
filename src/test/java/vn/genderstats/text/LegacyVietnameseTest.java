package vn.genderstats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.genderstats.text.LegacyVietnamese.Encoding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LegacyVietnameseTest {

    /** A vowel (or đ) with its tone forms, and the legacy code of each, in the same order. */
    record Row(String letters, List<String> legacy) {
        /** TCVN3 codes given as byte values, the way the published tables list them. */
        static Row tcvn3(String letters, int... bytes) {
            return new Row(letters, Arrays.stream(bytes).mapToObj(b -> String.valueOf((char) b)).toList());
        }

        /** VNI codes given as the space-separated character sequences of the VNI Windows table. */
        static Row vni(String letters, String codes) {
            return new Row(letters, List.of(codes.split(" ")));
        }
    }

    // TCVN 5712 as published (X11 TCVNtoUCS2.c, glibc TCVN5712-1): plain, sắc, huyền, hỏi, ngã, nặng.
    static final List<Row> TCVN3_ROWS = List.of(
            Row.tcvn3("aáàảãạ", 0x61, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9),
            Row.tcvn3("âấầẩẫậ", 0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB),
            Row.tcvn3("ăắằẳẵặ", 0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6),
            Row.tcvn3("eéèẻẽẹ", 0x65, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1),
            Row.tcvn3("êếềểễệ", 0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6),
            Row.tcvn3("iíìỉĩị", 0x69, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE),
            Row.tcvn3("oóòỏõọ", 0x6F, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4),
            Row.tcvn3("ôốồổỗộ", 0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9),
            Row.tcvn3("ơớờởỡợ", 0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE),
            Row.tcvn3("uúùủũụ", 0x75, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4),
            Row.tcvn3("ưứừửữự", 0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9),
            Row.tcvn3("yýỳỷỹỵ", 0x79, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE),
            Row.tcvn3("đ", 0xAE),
            Row.tcvn3("AÁÀẢÃẠ", 0x41, 0x83, 0x80, 0x81, 0x82, 0x84),
            Row.tcvn3("ÂẤẦẨẪẬ", 0xA2, 0xC4, 0xC1, 0xC2, 0xC3, 0x86),
            Row.tcvn3("ĂẮẰẲẴẶ", 0xA1, 0xC0, 0xAF, 0xBA, 0xBF, 0x85),
            Row.tcvn3("EÉÈẺẼẸ", 0x45, 0x8A, 0x87, 0x88, 0x89, 0x8B),
            Row.tcvn3("ÊẾỀỂỄỆ", 0xA3, 0xDA, 0xC5, 0xCD, 0xD9, 0x8C),
            Row.tcvn3("IÍÌỈĨỊ", 0x49, 0x90, 0x8D, 0x8E, 0x8F, 0x91),
            Row.tcvn3("OÓÒỎÕỌ", 0x4F, 0x95, 0x92, 0x93, 0x94, 0x96),
            Row.tcvn3("ÔỐỒỔỖỘ", 0xA4, 0xFF, 0xDB, 0xE0, 0xF0, 0x97),
            Row.tcvn3("ƠỚỜỞỠỢ", 0xA5, 0x9B, 0x98, 0x99, 0x9A, 0x9C),
            Row.tcvn3("UÚÙỦŨỤ", 0x55, 0x01, 0x9D, 0x9E, 0x9F, 0x02),
            Row.tcvn3("ƯỨỪỬỮỰ", 0xA6, 0x11, 0x04, 0x05, 0x06, 0x12),
            Row.tcvn3("YÝỲỶỸỴ", 0x59, 0x16, 0x13, 0x14, 0x15, 0x17),
            Row.tcvn3("Đ", 0xA7));

    // VNI Windows table: plain, sắc, huyền, hỏi, ngã, nặng.
    static final List<Row> VNI_ROWS = List.of(
            Row.vni("aáàảãạ", "a aù aø aû aõ aï"),
            Row.vni("âấầẩẫậ", "aâ aá aà aå aã aä"),
            Row.vni("ăắằẳẵặ", "aê aé aè aú aü aë"),
            Row.vni("eéèẻẽẹ", "e eù eø eû eõ eï"),
            Row.vni("êếềểễệ", "eâ eá eà eå eã eä"),
            Row.vni("iíìỉĩị", "i í ì æ ó ò"),
            Row.vni("oóòỏõọ", "o où oø oû oõ oï"),
            Row.vni("ôốồổỗộ", "oâ oá oà oå oã oä"),
            Row.vni("ơớờởỡợ", "ô ôù ôø ôû ôõ ôï"),
            Row.vni("uúùủũụ", "u uù uø uû uõ uï"),
            Row.vni("ưứừửữự", "ö öù öø öû öõ öï"),
            Row.vni("yýỳỷỹỵ", "y yù yø yû yõ î"),
            Row.vni("đ", "ñ"),
            Row.vni("AÁÀẢÃẠ", "A AÙ AØ AÛ AÕ AÏ"),
            Row.vni("ÂẤẦẨẪẬ", "AÂ AÁ AÀ AÅ AÃ AÄ"),
            Row.vni("ĂẮẰẲẴẶ", "AÊ AÉ AÈ AÚ AÜ AË"),
            Row.vni("EÉÈẺẼẸ", "E EÙ EØ EÛ EÕ EÏ"),
            Row.vni("ÊẾỀỂỄỆ", "EÂ EÁ EÀ EÅ EÃ EÄ"),
            Row.vni("IÍÌỈĨỊ", "I Í Ì Æ Ó Ò"),
            Row.vni("OÓÒỎÕỌ", "O OÙ OØ OÛ OÕ OÏ"),
            Row.vni("ÔỐỒỔỖỘ", "OÂ OÁ OÀ OÅ OÃ OÄ"),
            Row.vni("ƠỚỜỞỠỢ", "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ"),
            Row.vni("UÚÙỦŨỤ", "U UÙ UØ UÛ UÕ UÏ"),
            Row.vni("ƯỨỪỬỮỰ", "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ"),
            Row.vni("YÝỲỶỸỴ", "Y YÙ YØ YÛ YÕ Î"),
            Row.vni("Đ", "Ñ"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "BiÓu sè, Biểu số",
        "§¬n vÞ b¸o c¸o, Đơn vị báo cáo",
        "Ngµy nhËn b¸o c¸o, Ngày nhận báo cáo",
    })
    void real_TCVN3_headings_decode_to_Vietnamese(String legacy, String expected) {
        assertThat(LegacyVietnamese.toUnicode(legacy, Encoding.TCVN3, false)).isEqualTo(expected);
        assertThat(LegacyVietnamese.normalize(legacy, ".VnTime")).isEqualTo(expected);
    }

    @Test
    void every_TCVN3_code_of_the_published_table_decodes_to_its_letter() {
        for (Row row : TCVN3_ROWS) {
            assertThat(LegacyVietnamese.toUnicode(String.join("", row.legacy()), Encoding.TCVN3, false))
                    .as("row %s", row.letters())
                    .isEqualTo(row.letters());
        }
    }

    @Test
    void TCVN3_bytes_0x80_to_0x9F_decode_alike_whether_read_as_Windows_1252_or_Latin_1() {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder asLatin1 = new StringBuilder();
        StringBuilder asCp1252 = new StringBuilder();
        for (int b = 0x80; b <= 0x9F; b++) {
            asLatin1.append((char) b);
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            // Windows keeps its five undefined bytes as U+0081 …, where Java's decoder gives U+FFFD.
            asCp1252.append(c == '\uFFFD' ? (char) b : c);
        }
        String expected = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ";

        assertThat(asCp1252.toString()).startsWith("€\u0081‚ƒ„…");
        assertThat(LegacyVietnamese.toUnicode(asLatin1.toString(), Encoding.TCVN3, false)).isEqualTo(expected);
        assertThat(LegacyVietnamese.toUnicode(asCp1252.toString(), Encoding.TCVN3, false)).isEqualTo(expected);
    }

    @Test
    void TCVN3_combining_tone_bytes_compose_into_NFC_letters() {
        assertThat(LegacyVietnamese.toUnicode("a\u00B3 \u00AC\u00B4", Encoding.TCVN3, false))
                .isEqualTo("á ợ")
                .hasSize(3);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "B¸O C¸O, BÁO CÁO",
        "§¬n vÞ b¸o c¸o, ĐƠN VỊ BÁO CÁO",
        "TæNG Sè, TỔNG SỐ",
    })
    void VnTimeH_text_decodes_to_capitals(String legacy, String expected) {
        assertThat(LegacyVietnamese.toUnicode(legacy, Encoding.TCVN3, true)).isEqualTo(expected);
        assertThat(LegacyVietnamese.normalize(legacy, ".VnTimeH")).isEqualTo(expected);
    }

    @Test
    void capitals_typed_in_VnTimeH_are_recognised_without_the_font_name() {
        assertThat(LegacyVietnamese.normalize("B¸O C¸O", null)).isEqualTo("BÁO CÁO");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Ñôn vò baùo caùo, Đơn vị báo cáo",
        "Ngöôøi laäp bieåu, Người lập biểu",
        "Thuû tröôûng ñôn vò, Thủ trưởng đơn vị",
        "BAÙO CAÙO THOÁNG KEÂ, BÁO CÁO THỐNG KÊ",
        "Tyû leä nöõ (%), Tỷ lệ nữ (%)",
    })
    void VNI_text_decodes_to_Vietnamese(String legacy, String expected) {
        assertThat(LegacyVietnamese.toUnicode(legacy, Encoding.VNI, false)).isEqualTo(expected);
        assertThat(LegacyVietnamese.normalize(legacy, "VNI-Times")).isEqualTo(expected);
    }

    @Test
    void every_VNI_code_of_the_published_table_decodes_to_its_letter() {
        for (Row row : VNI_ROWS) {
            assertThat(LegacyVietnamese.toUnicode(String.join(" ", row.legacy()), Encoding.VNI, false))
                    .as("row %s", row.letters())
                    .isEqualTo(row.letters().chars().mapToObj(Character::toString).collect(Collectors.joining(" ")));
        }
    }

    @Test
    void VNI_accent_bytes_after_a_consonant_are_left_as_they_are() {
        assertThat(LegacyVietnamese.toUnicode("nù", Encoding.VNI, false)).isEqualTo("nù");
    }

    @Test
    void both_test_tables_cover_every_Vietnamese_letter_in_both_cases() {
        Set<String> alphabet = new HashSet<>(Set.of("đ", "Đ"));
        for (char vowel : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
                alphabet.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        assertThat(alphabet).hasSize(12 * 6 * 2 + 2);
        assertThat(lettersOf(TCVN3_ROWS)).isEqualTo(alphabet);
        assertThat(lettersOf(VNI_ROWS)).isEqualTo(alphabet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BiÓu sè", "§¬n vÞ b¸o c¸o", "Ngµy nhËn b¸o c¸o", "Tæng sè", "B¸O C¸O",
        "Sè n÷ ®¹i biÓu Quèc héi", "Hµ Néi", "Th¸i B×nh", "C¶ n­íc"})
    void guess_recognises_TCVN3(String text) {
        assertThat(LegacyVietnamese.guess(text)).isEqualTo(Encoding.TCVN3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ñôn vò baùo caùo", "Ngöôøi laäp bieåu", "Thuû tröôûng ñôn vò", "baùo caùo",
        "BAÙO CAÙO", "Haø Noäi", "Thaùi Bình", "Caû nöôùc", "Ghi chuù"})
    void guess_recognises_VNI(String text) {
        assertThat(LegacyVietnamese.guess(text)).isEqualTo(Encoding.VNI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đơn vị báo cáo", "Người lập biểu", "Thủ trưởng đơn vị", "Ngày nhận báo cáo",
        "BÁO CÁO", "báo cáo", "Tên", "Hà Nam", "Thái Bình", "Cà Mau", "Sóc Trăng", "Sáu", "Mèo", "Giúp đỡ", "Gió", "Hoà bình", "Tỷ lệ nữ (%)",
        "Tổng số", "Total population", "ThS", "1.234,5", "2019 – 2020", "“Hà Nội”", "m²"})
    void guess_leaves_Unicode_ASCII_and_numbers_alone(String text) {
        assertThat(LegacyVietnamese.guess(text)).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.normalize(text, null)).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void guess_treats_null_and_empty_as_Unicode(String text) {
        assertThat(LegacyVietnamese.guess(text)).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.normalize(text, null)).isEqualTo(text);
    }

    @Test
    void normalize_guesses_when_the_font_is_not_a_legacy_font() {
        assertThat(LegacyVietnamese.normalize("§¬n vÞ b¸o c¸o", "Times New Roman")).isEqualTo("Đơn vị báo cáo");
        assertThat(LegacyVietnamese.normalize("Ngöôøi laäp bieåu", null)).isEqualTo("Người lập biểu");
    }

    @ParameterizedTest
    @MethodSource("everyDecoding")
    void output_is_always_NFC(String output) {
        assertThat(Normalizer.isNormalized(output, Normalizer.Form.NFC)).isTrue();
    }

    static Stream<String> everyDecoding() {
        String decomposed = Normalizer.normalize("Người lập biểu", Normalizer.Form.NFD);
        return Stream.of(
                LegacyVietnamese.toUnicode(decomposed, Encoding.UNICODE, false),
                LegacyVietnamese.normalize(decomposed, null),
                LegacyVietnamese.normalize(decomposed, "Arial"),
                LegacyVietnamese.toUnicode("a\u00B3\u00B1", Encoding.TCVN3, false),
                LegacyVietnamese.toUnicode("BiÓu sè", Encoding.TCVN3, true),
                LegacyVietnamese.toUnicode("Ngöôøi laäp bieåu", Encoding.VNI, false));
    }

    @Test
    void Unicode_text_is_only_normalised_to_NFC() {
        String decomposed = Normalizer.normalize("Thủ trưởng đơn vị", Normalizer.Form.NFD);
        assertThat(LegacyVietnamese.toUnicode(decomposed, Encoding.UNICODE, false)).isEqualTo("Thủ trưởng đơn vị");
    }

    @ParameterizedTest(name = "{0} → {1}, capitals only: {2}")
    @CsvSource({
        ".VnTime, TCVN3, false",
        ".VnTimeH, TCVN3, true",
        ".VnArial, TCVN3, false",
        ".VnArialH, TCVN3, true",
        "' .VnCentury Schoolbook ', TCVN3, false",
        "VNI-Times, VNI, false",
        "VNI-Helve, VNI, false",
        "Times New Roman, UNICODE, false",
        "Arial, UNICODE, false",
    })
    void font_names_tell_the_encoding(String font, Encoding encoding, boolean upperCase) {
        assertThat(LegacyVietnamese.byFontName(font)).isEqualTo(encoding);
        assertThat(LegacyVietnamese.isUpperCaseVariant(font)).isEqualTo(upperCase);
    }

    @Test
    void a_missing_font_name_means_Unicode() {
        assertThat(LegacyVietnamese.byFontName(null)).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.isUpperCaseVariant(null)).isFalse();
    }

    @Test
    void null_text_stays_null() {
        assertThat(LegacyVietnamese.toUnicode(null, Encoding.TCVN3, false)).isNull();
        assertThat(LegacyVietnamese.normalize(null, ".VnTime")).isNull();
    }

    private static Set<String> lettersOf(List<Row> rows) {
        return rows.stream()
                .flatMap(row -> row.letters().chars().mapToObj(Character::toString))
                .collect(Collectors.toSet());
    }
}
