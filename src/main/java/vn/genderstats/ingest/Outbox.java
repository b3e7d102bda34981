package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import vn.genderstats.validate.Outcome;

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

    Path feedbackFor(Intake intake) {
        return SafeNames.under(root, intake.folder(), intake.file().fileName(), SUFFIX);
    }

    void answer(Intake intake) throws IOException {
        FeedbackWorkbook.write(feedbackFor(intake), new FeedbackWorkbook.About(intake.file().inboxPath(),
                intake.file().sha256(), verdict(intake.outcome(), "vi"), verdict(intake.outcome(), "en")),
                intake.formSheet(), intake.outcome().findings());
    }

    private static String verdict(Outcome outcome, String lang) {
        boolean vi = "vi".equals(lang);
        return switch (outcome) {
            case Outcome.Rejected r -> vi ? "Bị từ chối: sửa các lỗi dưới đây rồi gửi lại" : "Rejected: fix the problems below and resend";
            case Outcome.Accepted a when a.hasWarnings() -> vi ? "Đã nhận, có vấn đề cần xem" : "Accepted, with problems to look at";
            case Outcome.Accepted a -> vi ? "Đã nhận" : "Accepted";
        };
    }
}
