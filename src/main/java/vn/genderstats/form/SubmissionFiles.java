package vn.genderstats.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which files under a folder are units' submissions, for ingest and for the dry run alike: every regular file, a
 * workbook or an SDMX-CSV export (what it holds is for the readers to judge), except the operator's own: hidden
 * files and folders and README files. Links are not followed: a unit's folder cannot point outside the inbox.
 */
public final class SubmissionFiles {

    private SubmissionFiles() {
    }

    /** The submissions under {@code folder}, in path order. */
    public static List<Path> under(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isOperatorFile(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a unit chose a name that tries to climb folders or hide control characters. */
    public static boolean isHostileName(String fileName) {
        return fileName.contains("..") || fileName.contains("/") || fileName.contains("\\")
                || fileName.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isOperatorFile(Path relative) {
        if (isHostileName(relative.getFileName().toString())) {
            return false; // "..\\x.xlsx" looks hidden, but is a unit's file to refuse by name
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }
}
