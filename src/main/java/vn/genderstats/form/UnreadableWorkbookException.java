package vn.genderstats.form;

/** The file cannot be read as a form at all; the message says why, in both languages. */
public class UnreadableWorkbookException extends Exception {

    private final String rule;
    private final String messageVi;

    public UnreadableWorkbookException(String rule, String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.rule = rule;
        this.messageVi = messageVi;
    }

    public UnreadableWorkbookException(String rule, String messageVi, String messageEn) {
        this(rule, messageVi, messageEn, null);
    }

    public String rule() {
        return rule;
    }

    public String messageVi() {
        return messageVi;
    }

    public Finding asFinding() {
        return Finding.error(rule, null, null, messageVi, getMessage());
    }
}
