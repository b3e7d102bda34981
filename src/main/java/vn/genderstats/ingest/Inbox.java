package vn.genderstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An inbox folder: one subfolder per sending unit is the natural layout, files directly in it are read
 * too. Hidden files and README files are the operator's, not units' submissions.
 */
record Inbox(Path root) {

    List<Path> files() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("The inbox " + root.toAbsolutePath()
                    + " is not a folder / Thư mục nhận báo cáo không tồn tại"));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isOperatorFile(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of partition {@code index} of {@code count}: a stable split by path, so a rerun splits alike. */
    List<Path> partition(int index, int count) {
        return files().stream()
                .filter(p -> Math.floorMod(relative(p).hashCode(), count) == index)
                .toList();
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isOperatorFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("readme");
    }
}
