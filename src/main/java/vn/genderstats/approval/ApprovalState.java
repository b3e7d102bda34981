package vn.genderstats.approval;

import java.util.Locale;

/** Where a unit's period stands, in the order the office moves it. */
public enum ApprovalState {
    /** Nothing received yet for the unit or below it. */
    NONE("chưa nhận"),
    RECEIVED("đã nhận"),
    VALIDATED("đã kiểm tra"),
    APPROVED("đã phê duyệt"),
    /** A child the office decided to do without; its parent may be approved. */
    WAIVED("được miễn"),
    /** Approved and exported to the level above. */
    SENT("đã gửi");

    private final String vi;

    ApprovalState(String vi) {
        this.vi = vi;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vi() {
        return vi;
    }

    /** Approved or sent: the figures are locked. */
    public boolean isLocked() {
        return this == APPROVED || this == SENT;
    }

    /** Lets the parent be approved. */
    public boolean clearsParent() {
        return isLocked() || this == WAIVED;
    }

    static ApprovalState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
