package vn.genderstats.form;

/** A header value and the cell it is (or should be) in; {@code text} is null when the unit left it empty. */
public record HeaderField(String text, String cell) {

    public boolean isPresent() {
        return text != null && !text.isBlank();
    }
}
