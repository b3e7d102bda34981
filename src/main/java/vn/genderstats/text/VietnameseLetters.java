package vn.genderstats.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for matching labels typed with or without diacritics. */
public final class VietnameseLetters {

    private VietnameseLetters() {
    }

    /**
     * "Mã đơn vị:" → "ma don vi:": decomposed, its marks (Unicode category M) dropped; đ/Đ have no decomposition, so
     * they are mapped by hand. A loop rather than a regular expression: every text of a form seen for the first time
     * (a unit's own name, in every file of a national run) is folded.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> { }
                default -> folded.appendCodePoint(c == 'đ' || c == 'Đ' ? 'd' : c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** "Xã Đình Phong" → "xa-dinh-phong", for file and folder names. */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
