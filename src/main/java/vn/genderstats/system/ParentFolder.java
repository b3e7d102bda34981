package vn.genderstats.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a file is about to be written in. */
public final class ParentFolder {

    private ParentFolder() {
    }

    /**
     * Creates the folder {@code file} goes in, with its parents, unless it is there already. For a folder that exists,
     * {@link Files#createDirectories} makes and catches two exceptions: once per file written (a national ingest's
     * 11,381 feedback workbooks, a night's hundreds of reports).
     */
    public static void ensure(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }
}
