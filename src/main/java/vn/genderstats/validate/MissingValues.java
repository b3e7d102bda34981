package vn.genderstats.validate;

/**
 * What a rule does when some of the figures it names were left blank (or refused), as DHIS2's
 * validation rules do.
 */
public enum MissingValues {
    /** Judge only when every figure is there: the usual choice, blanks are not zeros. */
    SKIP_IF_ANY_MISSING,
    /** Judge when at least one figure is there, counting the blanks as zero. */
    SKIP_IF_ALL_MISSING,
    /** Always judge, counting the blanks as zero. */
    MISSING_AS_ZERO
}
