package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.genderstats.form.Finding;
import vn.genderstats.form.SheetGrid;

/**
 * Where units find the answer to every file they sent: {@code <outbox>/<unit folder>/<file>.feedback.xlsx}
 * (names as in {@link SafeNames})
 * (default outbox {@code reports/outbox/}), written whatever the verdict, so the clerk can fix and resend.
 */
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    static final String SUFFIX = ".feedback.xlsx";

    private final Path root;

    Outbox(Path root) {
        this.root = root;
    }

    Path feedbackFor(String inboxPath) {
        return SafeNames.under(root, inboxPath, SUFFIX);
    }

    void answer(Intake intake) throws IOException {
        answer(intake.file(), SubmissionStore.outcomeCode(intake.outcome()), intake.formSheet(), intake.outcome().findings());
    }

    /**
     * The feedback on a file judged {@code outcome} (as stored: accepted, accepted_with_warnings, rejected); a file
     * without findings gets its receipt. Should the copy of the form fail to be written (a cell of the form or of a
     * finding lies past the last column or row a spreadsheet has), the list of problems still goes out alone: the unit is answered
     * whatever its file holds.
     */
    void answer(ReceivedFile file, String outcome, SheetGrid formSheet, List<Finding> findings) throws IOException {
        Path target = feedbackFor(file.inboxPath());
        FeedbackWorkbook.About about = new FeedbackWorkbook.About(file.inboxPath(), file.sha256(), verdict(outcome, "vi"),
                verdict(outcome, "en"));
        try {
            FeedbackWorkbook.write(target, about, formSheet, findings);
        } catch (RuntimeException e) {
            if (formSheet == null) {
                throw e;
            }
            log.warn("The form copy of {} could not be written back ({}); its feedback lists the problems alone",
                    file.inboxPath(), e.toString());
            FeedbackWorkbook.write(target, about, null, findings);
        }
    }

    /** The answer to a file whose bytes were already received from elsewhere: written once, not stored again. */
    void answerCopy(String inboxPath, String sha256, String firstReceivedAs) throws IOException {
        Path target = feedbackFor(inboxPath);
        if (Files.exists(target)) {
            return;
        }
        FeedbackWorkbook.write(target, new FeedbackWorkbook.About(inboxPath,
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
