package vn.genderstats.ingest;

/**
 * Text from a unit's file made fit for a column: whatever a file holds (a 135-character sheet name, a NUL in
 * a unit's name, which PostgreSQL refuses) must not fail the store. Control characters other than line breaks
 * and tabs are dropped, and a text longer than its column is cut with an ellipsis.
 */
final class StoredText {

    private StoredText() {
    }

    static String fit(String text, int columnLength) {
        if (text == null) {
            return null;
        }
        String clean = text.chars().anyMatch(StoredText::isDropped)
                ? text.codePoints().filter(c -> !isDropped(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : text;
        if (clean.length() <= columnLength) {
            return clean;
        }
        int end = columnLength - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--; // never split a character outside the Basic Multilingual Plane
        }
        return clean.substring(0, end) + "…";
    }

    private static boolean isDropped(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
    }
}
