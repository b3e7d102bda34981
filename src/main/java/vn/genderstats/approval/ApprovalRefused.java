package vn.genderstats.approval;

/** The approval order does not allow the change asked for; the message says why in both languages. */
public class ApprovalRefused extends RuntimeException {

    private final String messageVi;
    private final String messageEn;

    public ApprovalRefused(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String bilingual() {
        return messageVi + " / " + messageEn;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
