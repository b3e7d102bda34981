package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.genderstats.form.Finding;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.store.ReceivedFile;
import vn.genderstats.store.SubmissionStore;

/**
 * Where units find the answer to every file they sent: {@code <outbox>/<unit folder>/<file>.feedback.xlsx}
 * (default outbox {@code reports/outbox/}), written whatever the verdict, so the clerk can fix and resend.
 */
class Outbox {

    static final String SUFFIX = ".feedback.xlsx";

    private final Path root;

    Outbox(Path root) {
        this.root = root;
    }

    Path feedbackFor(String folder, String fileName) {
        return SafeNames.under(root, folder, fileName, SUFFIX);
    }

    void answer(Intake intake) throws IOException {
        answer(intake.folder(), intake.file(), SubmissionStore.outcomeCode(intake.outcome()), intake.formSheet(),
                intake.outcome().findings());
    }

    /** The feedback on a file judged {@code outcome} (as stored: accepted, accepted_with_warnings, rejected). */
    void answer(String folder, ReceivedFile file, String outcome, SheetGrid formSheet, List<Finding> findings)
            throws IOException {
        FeedbackWorkbook.write(feedbackFor(folder, file.fileName()), new FeedbackWorkbook.About(file.inboxPath(),
                file.sha256(), verdict(outcome, "vi"), verdict(outcome, "en")), formSheet, findings);
    }

    /** The answer to a file whose bytes were already received from elsewhere: written once, not stored again. */
    void answerCopy(String folder, String fileName, String sha256, String firstReceivedAs) throws IOException {
        Path target = feedbackFor(folder, fileName);
        if (Files.exists(target)) {
            return;
        }
        FeedbackWorkbook.write(target, new FeedbackWorkbook.About(folder == null ? fileName : folder + "/" + fileName,
                sha256, "Không lưu lại: tệp giống hệt tệp đã nhận " + firstReceivedAs,
                "Not stored again: the same bytes were already received as " + firstReceivedAs), null, List.of());
    }

    private static String verdict(String outcome, String lang) {
        boolean vi = "vi".equals(lang);
        return switch (outcome) {
            case "rejected" -> vi ? "Bị từ chối: sửa các lỗi dưới đây rồi gửi lại" : "Rejected: fix the problems below and resend";
            case "accepted_with_warnings" -> vi ? "Đã nhận, có vấn đề cần xem" : "Accepted, with problems to look at";
            default -> vi ? "Đã nhận" : "Accepted";
        };
    }
}
