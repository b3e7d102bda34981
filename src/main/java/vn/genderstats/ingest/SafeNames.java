package vn.genderstats.ingest;

import java.nio.file.Path;

/**
 * Names for what ingest writes about an inbox file (quarantine copy, feedback workbook): the unit's folder
 * and the file name, cut down to letters, digits, dot, dash and underscore, so a name such as
 * {@code ..\..\x.xlsx} can never lead outside the output folder.
 */
final class SafeNames {

    private SafeNames() {
    }

    /** Whether a unit chose a name that tries to climb folders or hide control characters. */
    static boolean isHostile(String fileName) {
        return fileName.contains("..") || fileName.contains("/") || fileName.contains("\\")
                || fileName.chars().anyMatch(Character::isISOControl);
    }

    static String clean(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("\\.{2,}", "_").replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** {@code root/<folder>/<name><suffix>}, every part cleaned; files directly in the inbox go to the root. */
    static Path under(Path root, String folder, String fileName, String suffix) {
        Path dir = folder == null ? root : root.resolve(clean(folder));
        return dir.resolve(clean(fileName) + suffix);
    }
}
