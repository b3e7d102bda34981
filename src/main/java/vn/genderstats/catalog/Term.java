package vn.genderstats.catalog;

import java.math.BigDecimal;

/** One term of an expression: coefficient × data element (disaggregation). */
public record Term(BigDecimal coefficient, String element, String disagg) {
}
