package vn.genderstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.genderstats.form.SubmissionFiles;

/**
 * An inbox folder: one subfolder per sending unit, named from the unit's code ({@code 01480-xa-ngoc-khe/},
 * see {@link SenderRules#senderOf}); files directly in it, or in a folder not starting with a code, are the
 * office's own. Which files are submissions is {@link SubmissionFiles}' to say, as for the dry run.
 */
record Inbox(Path root) {

    List<Path> files() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("The inbox " + root.toAbsolutePath()
                    + " is not a folder / Thư mục nhận báo cáo không tồn tại"));
        }
        return SubmissionFiles.under(root);
    }

    /**
     * Files of partition {@code index} of {@code count}, split by sending folder: all of a unit's files go
     * to the same partition, so its resubmissions are stored in order and never race; a rerun splits alike.
     */
    List<Path> partition(int index, int count) {
        return files().stream()
                .filter(p -> Math.floorMod(root.relativize(p).getName(0).toString().hashCode(), count) == index)
                .toList();
    }

    /** The path under the inbox with "/" between folders, whatever the system's separator. */
    String relative(Path file) {
        StringBuilder out = new StringBuilder();
        for (Path part : root.relativize(file)) {
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        return out.toString();
    }

    /** The first folder under the inbox the file sits in, or null for a file directly in the inbox. */
    String folder(Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    }
}
