package vn.genderstats.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts Vietnamese text typed in the pre-Unicode encodings TCVN3 (ABC) and VNI Windows to Unicode NFC.
 *
 * <p>Input is what a spreadsheet reader returns for a cell formatted with a legacy font: every legacy byte
 * read as one Windows-1252 character (bytes 0x80–0x9F then arrive as '€', '‚', 'ƒ' …) or as one Latin-1
 * character (U+0080–U+009F). Both forms are accepted.
 */
public final class LegacyVietnamese {

    public enum Encoding { UNICODE, TCVN3, VNI }

    /**
     * TCVN 5712 bytes 0x80–0xFF as in X11's TCVNtoUCS2.c, 16 per row. The ABC fonts (.VnTime …) use the
     * lower-case letters and ĂÂÊÔƠƯĐ; the other capitals are only in the full table, which is decoded too.
     * 0xB0–0xB4 are combining tone marks.
     */
    private static final String TCVN3_80_TO_FF =
            /* 0x8_ */ "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"
            + /* 0x9_ */ "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
            + /* 0xA_ */ "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ"
            + /* 0xB_ */ "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
            + /* 0xC_ */ "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
            + /* 0xD_ */ "éẹềểễếệìỉỄẾỒĩíịò"
            + /* 0xE_ */ "Ổỏõóọồổỗốộờởỡớợù"
            + /* 0xF_ */ "ỖủũúụừửữứựỳỷỹýỵỐ";

    /**
     * The twelve capitals TCVN 5712 puts on control-code positions, as (byte, letter) pairs. Positions follow
     * glibc and libiconv; the copy in TCVNtoUCS2.c is shifted by one at 0x03–0x06.
     */
    private static final String TCVN3_CONTROL_PAIRS =
            "\u0001Ú\u0002Ụ\u0004Ừ\u0005Ử\u0006Ữ\u0011Ứ\u0012Ự\u0013Ỳ\u0014Ỷ\u0015Ỹ\u0016Ý\u0017Ỵ";

    private static final char[] TCVN3 = tcvn3Table();

    /** VNI letters that take one byte, as (legacy, Unicode) pairs; í ì Í Ì are the same in both and left out. */
    private static final String VNI_LETTERS = "ñđ ÑĐ ôơ ÔƠ öư ÖƯ æỉ óĩ òị ÆỈ ÓĨ ÒỊ îỵ ÎỴ";

    /**
     * VNI accent bytes, which follow a vowel, each paired with what it makes of "a" ("aù" is á): the five
     * tones, circumflex alone and with each tone, breve likewise; then the upper-case forms used after capitals.
     */
    private static final String VNI_ACCENTS =
            "ùá øà ûả õã ïạ  ââ áấ àầ åẩ ãẫ äậ  êă éắ èằ úẳ üẵ ëặ "
            + "ÙÁ ØÀ ÛẢ ÕÃ ÏẠ  ÂÂ ÁẤ ÀẦ ÅẨ ÃẪ ÄẬ  ÊĂ ÉẮ ÈẰ ÚẲ ÜẴ ËẶ";

    private static final Map<Character, Character> VNI_LETTER_MAP = pairs(VNI_LETTERS);

    /** Accent byte to the combining marks it stands for. */
    private static final Map<Character, String> VNI_MARKS = vniMarks();

    /** Characters that Windows-1252 puts on bytes 0x80–0x9F, to the byte. */
    private static final Map<Character, Integer> CP1252_HIGH_BYTES = cp1252HighBytes();

    private static final String VOWELS = "aăâeêioôơuưy";

    /** Every Vietnamese vowel letter, in either case and with or without a tone, to its small untoned form. */
    private static final Map<Character, Character> VOWEL_BASE = vowelBases();

    /**
     * Vowels that come second in a Vietnamese vowel cluster only after the listed vowels (hoặc, xuân, tiên,
     * muốn, người, khoẻ); ư never does.
     */
    private static final Map<Character, String> ALLOWED_BEFORE =
            Map.of('ă', "ou", 'â', "u", 'ê', "iuy", 'ô', "u", 'ơ', "uư", 'ư', "", 'e', "o");

    private LegacyVietnamese() {
    }

    /** TCVN3 for fonts named ".Vn…", VNI for "VNI-…", UNICODE for any other name or null. */
    public static Encoding byFontName(String fontName) {
        if (fontName == null) {
            return Encoding.UNICODE;
        }
        String name = fontName.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3)) {
            return Encoding.TCVN3;
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4)) {
            return Encoding.VNI;
        }
        return Encoding.UNICODE;
    }

    /** True for the all-capitals TCVN3 fonts, whose names end in "H" (.VnTimeH, .VnArialH …). */
    public static boolean isUpperCaseVariant(String fontName) {
        return byFontName(fontName) == Encoding.TCVN3 && fontName.strip().endsWith("H");
    }

    /**
     * Decodes text written in the given encoding; null stays null. {@code upperCaseVariant} only matters
     * for TCVN3: an ...H font draws every letter as a capital, so the result is upper-cased.
     */
    public static String toUnicode(String text, Encoding encoding, boolean upperCaseVariant) {
        if (text == null) {
            return null;
        }
        return switch (encoding) {
            case UNICODE -> nfc(text);
            case TCVN3 -> decodeTcvn3(text, upperCaseVariant).text();
            case VNI -> decodeVni(text).text();
        };
    }

    /**
     * Guesses the encoding of text whose font is unknown.
     *
     * <p>Each reading of the text (as Unicode, as TCVN3, as TCVN3 capitals, as VNI) gets an implausibility
     * score: in every word, one point per character that is not a Vietnamese letter, per capital after a
     * small letter, per tone mark beyond the first, and per vowel that cannot follow the vowel before it
     * (see {@link #canFollow}). A legacy reading also gets a point per character that no legacy byte can
     * produce, such as ư or ạ. The least implausible reading wins, provided it
     * decoded at least one legacy byte or sequence. Ties keep Unicode, so ASCII, numbers and text that reads
     * well either way are left alone; between the legacy readings the one that decoded more wins.
     */
    public static Encoding guess(String text) {
        return text == null ? Encoding.UNICODE : bestReading(text).encoding();
    }

    /** Decodes by the font when it is a legacy font, otherwise by {@link #guess}; null stays null. */
    public static String normalize(String text, String fontNameOrNull) {
        if (text == null) {
            return null;
        }
        Encoding byFont = byFontName(fontNameOrNull);
        if (byFont != Encoding.UNICODE) {
            return toUnicode(text, byFont, isUpperCaseVariant(fontNameOrNull));
        }
        if (isAscii(text)) {
            return text; // no legacy encoding reads these otherwise: numbers, codes, English labels
        }
        return GUESSED.of(text);
    }

    /** Printable ASCII and line breaks (TCVN3 gives some other control characters capital letters). */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Guessing scores four readings of the text, and forms repeat the same labels in every file: a national
     * run would guess each label ten thousand times. The first 20,000 texts are remembered, whatever their length.
     */
    private static final RememberedAnswers<String> GUESSED =
            new RememberedAnswers<>(20_000, Integer.MAX_VALUE, text -> bestReading(text).text());

    /** A decoding of a text, with the number of legacy bytes or byte sequences it decoded. */
    private record Reading(Encoding encoding, String text, int legacyUnits) {
    }

    private static Reading bestReading(String text) {
        Reading best = new Reading(Encoding.UNICODE, nfc(text), 0);
        int bestScore = implausibility(best.text());
        int impossibleInLegacy = 0;
        for (int i = 0; i < text.length(); i++) {
            if (legacyByte(text.charAt(i)) < 0) {
                impossibleInLegacy++;
            }
        }
        if (bestScore == 0 && impossibleInLegacy > 0) {
            return best; // plausible as Unicode, and every legacy reading scores at least impossibleInLegacy
        }
        for (Reading legacy : List.of(decodeTcvn3(text, false), decodeTcvn3(text, true), decodeVni(text))) {
            int score = implausibility(legacy.text()) + impossibleInLegacy;
            boolean better = score < bestScore
                    || score == bestScore && best.encoding() != Encoding.UNICODE
                            && legacy.legacyUnits() > best.legacyUnits();
            if (legacy.legacyUnits() > 0 && better) {
                best = legacy;
                bestScore = score;
            }
        }
        return best;
    }

    private static Reading decodeTcvn3(String text, boolean upperCaseVariant) {
        StringBuilder out = new StringBuilder(text.length());
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = legacyByte(c);
            char letter = b < 0 ? c : TCVN3[b];
            if (letter != c) {
                units++;
            }
            out.append(letter);
        }
        String decoded = upperCaseVariant ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
        return new Reading(Encoding.TCVN3, nfc(decoded), units);
    }

    private static Reading decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String marks = VNI_MARKS.get(c);
            if (marks != null && !out.isEmpty()) {
                // An accent byte only counts when it turns the preceding vowel into a Vietnamese letter.
                String accented = nfc(out.charAt(out.length() - 1) + marks);
                if (accented.length() == 1 && VOWEL_BASE.containsKey(accented.charAt(0))) {
                    out.setCharAt(out.length() - 1, accented.charAt(0));
                    units++;
                    continue;
                }
            }
            Character letter = VNI_LETTER_MAP.get(c);
            if (letter != null) {
                units++;
            }
            out.append(letter != null ? letter : c);
        }
        return new Reading(Encoding.VNI, nfc(out.toString()), units);
    }

    /**
     * How unlike Vietnamese a text reads, summed over its words that hold a letter. A loop, not a regular expression
     * and streams: every text seen once is scored (a unit's own name, in every form of a national run).
     */
    private static int implausibility(String text) {
        int score = 0;
        int start = -1;
        boolean letter = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isWordBreak(text.charAt(i))) {
                if (letter) {
                    score += wordImplausibility(text.substring(start, i));
                }
                start = -1;
                letter = false;
            } else {
                start = start < 0 ? i : start;
                letter |= Character.isLetter(text.charAt(i));
            }
        }
        return score;
    }

    /**
     * Between words: white space, the no-break space, ASCII punctuation and digits, general punctuation (U+2000–206F).
     * Latin-1 symbols stay inside words on purpose: TCVN3 and VNI write letters with them.
     */
    private static boolean isWordBreak(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '!' && c <= '@' || c >= '[' && c <= '`'
                || c >= '{' && c <= '~' || c >= '\u2000' && c <= '\u206F';
    }

    private static int wordImplausibility(String word) {
        int score = 0;
        int tones = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char previous = i > 0 ? word.charAt(i - 1) : ' ';
            if (!isVietnameseLetter(c)) {
                score++;
            }
            if (Character.isLowerCase(previous) && Character.isUpperCase(c)) {
                score++;
            }
            if (isToned(c)) {
                tones++;
            }
            if (VOWEL_BASE.containsKey(previous) && VOWEL_BASE.containsKey(c) && !afterGiOrQu(word, i)
                    && !canFollow(VOWEL_BASE.get(previous), c)) {
                score++;
            }
        }
        return score + Math.max(0, tones - 1);
    }

    /**
     * Whether vowel c may follow a vowel with the given base in a Vietnamese syllable. The tone of "ao",
     * "au", "iu" … sits on the first vowel, so a toned o or u never comes second; ALLOWED_BEFORE limits
     * the rest. This is what tells VNI "baùo" (báo) from a Unicode "aù".
     */
    private static boolean canFollow(char previousBase, char c) {
        char base = VOWEL_BASE.get(c);
        if ((base == 'o' || base == 'u') && isToned(c)) {
            return false;
        }
        String allowed = ALLOWED_BEFORE.get(base);
        return allowed == null || allowed.indexOf(previousBase) >= 0;
    }

    /** In "giúp", "gió", "quăng" the i or u belongs to the consonant, so it starts no vowel cluster. */
    private static boolean afterGiOrQu(String word, int i) {
        if (i < 2) {
            return false;
        }
        String pair = word.substring(i - 2, i).toLowerCase(Locale.ROOT);
        return pair.equals("gi") || pair.equals("qu");
    }

    private static boolean isVietnameseLetter(char c) {
        return c < 0x80 ? Character.isLetter(c) : c == 'đ' || c == 'Đ' || VOWEL_BASE.containsKey(c);
    }

    private static boolean isToned(char c) {
        return VOWEL_BASE.containsKey(c) && VOWELS.indexOf(Character.toLowerCase(c)) < 0;
    }

    /** The legacy byte a character stands for, or -1 if no byte read as Windows-1252 or Latin-1 gives it. */
    private static int legacyByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        return CP1252_HIGH_BYTES.getOrDefault(c, -1);
    }

    private static char[] tcvn3Table() {
        char[] table = new char[256];
        for (int b = 0; b < 0x80; b++) {
            table[b] = (char) b;
        }
        TCVN3_80_TO_FF.getChars(0, 0x80, table, 0x80);
        for (int i = 0; i < TCVN3_CONTROL_PAIRS.length(); i += 2) {
            table[TCVN3_CONTROL_PAIRS.charAt(i)] = TCVN3_CONTROL_PAIRS.charAt(i + 1);
        }
        return table;
    }

    private static Map<Character, Character> pairs(String spaceSeparatedPairs) {
        Map<Character, Character> map = new HashMap<>();
        for (String pair : spaceSeparatedPairs.split("\\s+")) {
            map.put(pair.charAt(0), pair.charAt(1));
        }
        return map;
    }

    private static Map<Character, String> vniMarks() {
        Map<Character, String> marks = new HashMap<>();
        pairs(VNI_ACCENTS).forEach((accent, onA) ->
                marks.put(accent, Normalizer.normalize(String.valueOf(onA), Normalizer.Form.NFD).substring(1)));
        return marks;
    }

    private static Map<Character, Integer> cp1252HighBytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Integer> bytes = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != '\uFFFD') {
                bytes.put(c, b);
            }
        }
        return bytes;
    }

    private static Map<Character, Character> vowelBases() {
        Map<Character, Character> bases = new HashMap<>();
        for (char base : VOWELS.toCharArray()) {
            // no tone, huyền, sắc, ngã, hỏi, nặng
            for (String tone : List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
                String letter = nfc(base + tone);
                bases.put(letter.charAt(0), base);
                bases.put(letter.toUpperCase(Locale.ROOT).charAt(0), base);
            }
        }
        return bases;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
