package vn.genderstats.account;

/** What a user may ask the portal to do for a unit. */
public enum Action {
    /** See the unit's state, files, findings, values and reports. */
    VIEW,
    /** Download the unit's blank form. */
    DOWNLOAD_FORM,
    /** Send the unit's filled form. */
    UPLOAD,
    /** Mark the unit's figures as checked. */
    VALIDATE,
    /** Approve, waive or reopen the unit's period. */
    APPROVE,
    /** Start a roll-up or a report run over the unit. */
    RUN
}
