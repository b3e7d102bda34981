package vn.genderstats.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.genderstats.system.Sha256;

/**
 * Names for what ingest writes about an inbox file (quarantine copy, feedback workbook): the file's path under
 * the inbox, each folder and the name cut down to letters, digits, dot, dash and underscore, so a name such as
 * {@code ..\..\x.xlsx} can never lead outside the output folder. Where cleaning changed the path, a short hash
 * of the original path joins the name: {@code bao cao.xlsx} and {@code bao_cao.xlsx} then get answers of their
 * own instead of one overwriting the other.
 */
final class SafeNames {

    /** Bytes kept of one cleaned name, well under the 255 bytes a file system allows. */
    private static final int MAX_NAME_BYTES = 150;

    private SafeNames() {
    }

    static String clean(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("\\.{2,}", "_").replaceAll("^[._]+", "");
        cleaned = cleaned.isEmpty() ? "_" : cleaned;
        while (cleaned.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, cleaned.codePointCount(0, cleaned.length()) - 1));
        }
        return cleaned;
    }

    /**
     * {@code root/<folders>/<name><suffix>} for the file at {@code inboxPath} ("/" between folders), every part
     * cleaned; files directly in the inbox go to the root.
     */
    static Path under(Path root, String inboxPath, String suffix) {
        String[] parts = inboxPath.split("/");
        Path dir = root;
        boolean changed = false;
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = clean(parts[i]);
            changed |= !folder.equals(parts[i]);
            dir = dir.resolve(folder);
        }
        String name = parts[parts.length - 1];
        String cleaned = clean(name);
        if (changed || !cleaned.equals(name)) {
            cleaned = withHash(cleaned, Sha256.of(inboxPath).substring(0, 8));
        }
        return dir.resolve(cleaned + suffix);
    }

    /** {@code bao_cao.xlsx} → {@code bao_cao-1a2b3c4d.xlsx}: the extension stays last. */
    private static String withHash(String name, String hash) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + hash + name.substring(dot) : name + "-" + hash;
    }
}
