package vn.genderstats.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What an operator reads when a command fails for a reason outside the input files: the folder it cannot write,
 * the full disk, the database it cannot reach — said in Vietnamese and English with what to do, found in the cause
 * chains of the failure (the stack trace itself goes to the log file only).
 */
final class Failures {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=)[^&;]*");
    private static final Pattern CLOSED = Pattern.compile("(?i)connection (is|has been) closed|connection is broken"
            + "|I/O error occurred while sending");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]+):[^/@]*@");

    private Failures() {
    }

    /** The operator's sentence for the first known operational problem among the failures, if there is one. */
    static Optional<String> explain(List<? extends Throwable> failures, String databaseUrl) {
        for (Throwable failure : failures) {
            for (Throwable t : chain(failure)) {
                Optional<String> file = fileProblem(t);
                if (file.isPresent()) {
                    return file;
                }
            }
        }
        for (Throwable failure : failures) {
            if (isDatabaseUnreachable(failure)) {
                return Optional.of(databaseUnreachable(databaseUrl, reason(failure)));
            }
        }
        for (Throwable failure : failures) {
            if (chain(failure).stream().anyMatch(Failures::isDamagedEmbeddedDatabase)) {
                return Optional.of("Cơ sở dữ liệu nhúng (H2) bị hỏng: một chỉ mục trỏ tới dòng không còn, thường do một lần"
                        + " chạy bị ngắt giữa chừng trên phiên bản cũ hơn. Hãy dựng lại nó theo README (mục \"The embedded"
                        + " database after a kill\"). / The embedded database (H2) is damaged: an index points at a row that"
                        + " is gone, as a run killed mid-way by an older version could leave it. Rebuild it as the README"
                        + " says (\"The embedded database after a kill\").");
            }
        }
        for (Throwable failure : failures) {
            Optional<SQLException> lock = lockTimeout(failure);
            if (lock.isPresent()) {
                return Optional.of(databaseBusy(lock.get()));
            }
        }
        for (Throwable failure : failures) {
            if (chain(failure).stream().anyMatch(Failures::isConflict)) {
                return Optional.of("Một lệnh genderstats khác ghi vào cùng dữ liệu vào đúng lúc đó nên lệnh này đã dừng:"
                        + " hãy chạy lại. / Another genderstats command wrote the same data at the same moment, so this"
                        + " one was stopped: run it again.");
            }
        }
        return Optional.empty();
    }

    /**
     * The database stopped one of two transactions that got in each other's way: a serialization failure (40001,
     * also H2's deadlock) or a deadlock (40P01). The database's own words name transactions, not commands.
     */
    private static boolean isConflict(Throwable t) {
        return t instanceof SQLException e && ("40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()));
    }

    /**
     * H2's "Row not found in primary index" (90143) or "Row not found when trying to delete from index" (90112): an
     * index entry without its row. H2 takes the first for a row another session is changing and waits for it until
     * its lock timeout, so it reaches here under a lock timeout; checked first.
     */
    private static boolean isDamagedEmbeddedDatabase(Throwable t) {
        return t instanceof SQLException e && t.getClass().getName().startsWith("org.h2.")
                && (e.getErrorCode() == 90143 || e.getErrorCode() == 90112);
    }

    /**
     * A lock waited for too long: H2's "Timeout trying to lock table" (HYT00) or PostgreSQL's lock_not_available
     * (55P03). Its own message is no help to an operator: H2's quotes the row it waited for.
     */
    private static Optional<SQLException> lockTimeout(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException e && ("HYT00".equals(e.getSQLState()) || "55P03".equals(e.getSQLState()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String databaseBusy(SQLException e) {
        String what = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("")
                .replaceFirst(";\\s*SQL statement:.*", "");
        String table = what.replaceFirst("(?s).*lock table \"([^\"]+)\".*", "$1");
        String on = table.equals(what) ? "" : " (" + table + ")";
        return "Cơ sở dữ liệu đang bị một lệnh genderstats khác giữ khoá" + on + " quá lâu: hãy chờ lệnh đó chạy xong rồi"
                + " chạy lại. / The database was held by another genderstats command" + on + " for too long: wait for it"
                + " to finish, and run again.";
    }

    /** The sentence for one failure: the known problem, else the deepest cause's message. */
    static String explain(Throwable failure, String databaseUrl) {
        return explain(List.of(failure), databaseUrl).orElseGet(() -> {
            List<Throwable> chain = chain(failure);
            Throwable root = chain.getLast();
            return "failed / thất bại: " + (root.getMessage() == null ? root.toString() : root.getMessage());
        });
    }

    private static Optional<String> fileProblem(Throwable t) {
        if (t instanceof FileAlreadyExistsException e) {
            return Optional.of(notAFolder(plainFileOnTheWay(e.getFile())));
        }
        if (t instanceof NotDirectoryException e) {
            return Optional.of(notAFolder(plainFileOnTheWay(e.getFile())));
        }
        if (t instanceof AccessDeniedException e) {
            return Optional.of(cannotWrite(e.getFile()));
        }
        if (t instanceof FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
            if (reason.contains("no space left")) {
                return Optional.of("Đĩa đầy: không ghi được " + e.getFile() + ". Hãy giải phóng chỗ trống (hoặc chọn thư mục"
                        + " khác bằng --out) rồi chạy lại. / The disk is full: cannot write " + e.getFile()
                        + ". Free some space (or choose another folder with --out) and run again.");
            }
            if (reason.contains("not a directory")) {
                return Optional.of(notAFolder(plainFileOnTheWay(e.getFile())));
            }
            if (reason.contains("permission denied") || reason.contains("operation not permitted")
                    || reason.contains("read-only file system")) {
                return Optional.of(cannotWrite(e.getFile()));
            }
        }
        // The log file beside the reports cannot be opened: Logback says so only in words.
        String message = String.valueOf(t.getMessage());
        if (message.contains("Logback configuration error") || message.contains("openFile(")) {
            return Optional.of("Không ghi được tệp nhật ký (thư mục --out/logs): thiếu quyền ghi hoặc đường dẫn là một tệp."
                    + " / Cannot write the log file under the --out folder's logs/: no write permission, or a part of"
                    + " the path is a file. " + message.lines().findFirst().orElse(""));
        }
        return Optional.empty();
    }

    private static String cannotWrite(String file) {
        return "Không ghi được vào " + file + ": thiếu quyền ghi (hoặc thư mục chỉ đọc). Hãy cấp quyền ghi cho người chạy"
                + " genderstats hoặc chọn thư mục khác bằng --out. / Cannot write to " + file + " (permission denied or"
                + " read-only). Give the user running genderstats write access, or choose another folder with --out.";
    }

    private static String notAFolder(String path) {
        return path + " là một tệp, không phải thư mục: hãy đổi tên hoặc chuyển tệp đó đi rồi chạy lại. / " + path
                + " is a file, not a folder: rename or move that file, and run again.";
    }

    /** The part of the path that exists as a plain file (what must be moved), else the path as given. */
    private static String plainFileOnTheWay(String file) {
        if (file == null) {
            return "?";
        }
        for (Path p = Path.of(file).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                return p.toString();
            }
        }
        return file;
    }

    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return true;
            }
            // A pooled connection the pool already closed after the server went away says so without a state.
            if (t instanceof SQLException && CLOSED.matcher(String.valueOf(t.getMessage())).find()) {
                return true;
            }
            if (t.getClass().getName().equals("com.zaxxer.hikari.pool.HikariPool$PoolInitializationException")) {
                return true;
            }
        }
        return false;
    }

    static String databaseUnreachable(String url, String reason) {
        String where = url == null ? "" : " " + withoutPassword(url);
        return "Không kết nối được cơ sở dữ liệu" + where + ": " + reason + ". Hãy kiểm tra máy chủ CSDL có đang chạy và"
                + " biến SPRING_DATASOURCE_URL. / Cannot reach the database at" + (where.isEmpty() ? " (unknown)" : where)
                + ": " + reason + ". Check that it runs and SPRING_DATASOURCE_URL.";
    }

    /** The most telling words of a connection failure: the deepest cause's message. */
    private static String reason(Throwable failure) {
        String reason = null;
        for (Throwable t : chain(failure)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage().lines().findFirst().orElse("");
            }
        }
        return reason == null ? failure.toString() : reason;
    }

    static String withoutPassword(String url) {
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("$1:***@");
    }

    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
