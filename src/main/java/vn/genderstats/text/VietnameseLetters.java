package vn.genderstats.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for matching labels typed with or without diacritics. */
public final class VietnameseLetters {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseLetters() {
    }

    /** "Mã đơn vị:" → "ma don vi:"; đ/Đ have no decomposition, so they are mapped by hand. */
    public static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT);
    }

    /** "Xã Đình Phong" → "xa-dinh-phong", for file and folder names. */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
