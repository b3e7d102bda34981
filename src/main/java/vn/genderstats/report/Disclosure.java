package vn.genderstats.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The small-cell rule of {@code jobs/disclosure.yaml}: published reports hide counts of sensitive data
 * elements from 1 to {@code threshold - 1}. Zero is printed: it identifies nobody.
 */
public record Disclosure(int threshold) {

    /** Used when jobs/ has no disclosure.yaml. */
    public static final Disclosure DEFAULT = new Disclosure(3);

    public Disclosure {
        if (threshold < 2 || threshold > 20) {
            throw new IllegalArgumentException("threshold must be between 2 and 20, not " + threshold);
        }
    }

    /** A primary suppression: a count a person could be recognised behind. */
    boolean small(double count) {
        return count > 0 && count < threshold;
    }

    public static Disclosure load(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Disclosure.class);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": not a valid small-cell rule / quy tắc ô số liệu nhỏ không hợp lệ: "
                    + e.getMessage(), e);
        }
    }
}
