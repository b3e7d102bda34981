package vn.genderstats.nightly;

import java.util.Map;

/**
 * What one nightly run did, per stage: its outcome (done, skipped because nothing it reads changed, done by the
 * interrupted run this one resumed, failed), its duration and its counts. Written to reports/nightly-summary.json
 * and .txt.
 */
public record NightlySummary(
        long jobExecutionId,
        Long resumedExecutionId,
        String status,
        String startedAt,
        double seconds,
        Map<String, Stage> stages) {

    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";
    public static final String DONE_BEFORE_RESTART = "done_before_restart";
    public static final String FAILED = "failed";
    public static final String NOT_REACHED = "not_reached";

    public record Stage(String outcome, double seconds, Map<String, Long> counts) {
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Nightly run / Lần chạy hằng đêm %d%s: %s in / trong %.2f s (started / bắt đầu %s)%n".formatted(
                jobExecutionId, resumedExecutionId == null ? ""
                        : ", resuming / tiếp tục lần chạy " + resumedExecutionId, status, seconds, startedAt));
        stages.forEach((name, stage) -> {
            text.append("  %-10s %-20s %7.2f s".formatted(name, stage.outcome() + " / " + vi(stage.outcome()), stage.seconds()));
            stage.counts().forEach((k, v) -> text.append("  ").append(k).append('=').append(v));
            text.append(System.lineSeparator());
        });
        return text.toString();
    }

    private static String vi(String outcome) {
        return switch (outcome) {
            case DONE -> "xong";
            case SKIPPED -> "bỏ qua, không có gì đổi";
            case DONE_BEFORE_RESTART -> "đã xong ở lần chạy bị ngắt";
            case FAILED -> "lỗi";
            default -> "chưa tới";
        };
    }
}
