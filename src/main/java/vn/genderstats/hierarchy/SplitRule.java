package vn.genderstats.hierarchy;

/** What restatement does with an old unit that was split between new units ({@code partial} in the succession). */
public enum SplitRule {
    /** Each new unit receives the old unit's figures times its weight (e.g. its share of the population). */
    APPORTION,
    /** The old unit's figures are not placed; every figure it would have reached is marked broken. */
    BROKEN
}
