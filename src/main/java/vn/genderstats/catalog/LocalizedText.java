package vn.genderstats.catalog;

/** A text an office reads in Vietnamese, with its English rendering. */
public record LocalizedText(String vi, String en) {

    public String in(String lang) {
        return "en".equals(lang) && en != null && !en.isBlank() ? en : vi;
    }
}
