package vn.genderstats.validate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a rule compares its left side with its right side. */
public enum Operator {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Operator> of(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol == null ? null : symbol.trim())).findFirst();
    }

    public boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
