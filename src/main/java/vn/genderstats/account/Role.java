package vn.genderstats.account;

import java.util.Locale;

/** What a portal user may do for the units it sees; a user may hold several roles. */
public enum Role {
    /** Uploads the forms of its own unit (or of those jobs/senders.yaml lets it send for). */
    REPORTER("người báo cáo"),
    /** Sees its subtree and marks figures as checked (validated). */
    REVIEWER("người kiểm tra"),
    /** Approves, waives and reopens periods in its subtree. */
    APPROVER("người phê duyệt"),
    /** Everything above in its subtree, and starts roll-ups and report runs. */
    ADMIN("quản trị");

    private final String vi;

    Role(String vi) {
        this.vi = vi;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vi() {
        return vi;
    }

    public static Role of(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role / vai trò không hợp lệ: " + label
                    + " (reporter, reviewer, approver, admin)");
        }
    }
}
