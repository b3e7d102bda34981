package vn.genderstats.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum value the office wrote in lower case in a jobs/ file, or says which values are allowed. */
public final class EnumText {

    private EnumText() {
    }

    /** The value, or null with a problem added that names {@code where} and the allowed values. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String where, List<String> problems) {
        if (text != null) {
            try {
                return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // reported below with the allowed values
            }
        }
        problems.add(where + ": '" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        return null;
    }
}
