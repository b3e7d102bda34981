package vn.genderstats.report;

/**
 * What a report says beside a Strategy target for one milestone (2025 or 2030): a verdict on the observed value
 * in the milestone year, a projection before it, or why it does not judge. {@code provisional}: judged on a
 * 6-month value, which the rule allows only as "tạm tính".
 */
public record Verdict(int milestone, Status status, boolean provisional, String reasonVi, String reasonEn) {

    public enum Status {
        ACHIEVED("Đạt", "Achieved"),
        NOT_ACHIEVED("Chưa đạt", "Not achieved"),
        ON_TRACK("Đúng hướng", "On track"),
        AT_RISK("Có nguy cơ không đạt", "At risk"),
        OFF_TRACK("Chệch hướng", "Off track"),
        NOT_JUDGED("Không đánh giá", "Not judged"),
        NO_DATA("Chưa có số liệu", "No data");

        private final String vi;
        private final String en;

        Status(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String label(String lang) {
            return "en".equals(lang) ? en : vi;
        }
    }

    static Verdict of(int milestone, Status status, boolean provisional) {
        return new Verdict(milestone, status, provisional, "", "");
    }

    static Verdict notJudged(int milestone, String reasonVi, String reasonEn) {
        return new Verdict(milestone, Status.NOT_JUDGED, false, reasonVi, reasonEn);
    }

    /** Whether a verdict was reached (not withheld, not without data). */
    public boolean judged() {
        return status != Status.NOT_JUDGED && status != Status.NO_DATA;
    }

    /** "Chưa đạt", "Đúng hướng (tạm tính)", "Không đánh giá: số liệu 6 tháng". */
    public String label(String lang) {
        String text = status.label(lang);
        if (provisional) {
            text += "en".equals(lang) ? " (provisional)" : " (tạm tính)";
        }
        String reason = "en".equals(lang) ? reasonEn : reasonVi;
        return reason.isEmpty() ? text : text + ": " + reason;
    }
}
