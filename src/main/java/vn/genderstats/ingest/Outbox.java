package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    /** The answer to a file whose bytes were already received from elsewhere: written once, not stored again. */
    void answerCopy(String folder, String fileName, String sha256, String firstReceivedAs) throws IOException {
        Path target = SafeNames.under(root, folder, fileName, SUFFIX);
        if (java.nio.file.Files.exists(target)) {
            return;
        }
        FeedbackWorkbook.write(target, new FeedbackWorkbook.About(folder == null ? fileName : folder + "/" + fileName,
                sha256, "Không lưu lại: tệp giống hệt tệp đã nhận " + firstReceivedAs,
                "Not stored again: the same bytes were already received as " + firstReceivedAs), null, List.of());
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
