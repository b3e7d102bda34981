package vn.genderstats.report;

import vn.genderstats.report.VerdictRules.Coverage;
import vn.genderstats.report.pdf.VietnameseFormat;

/** How a figure's coverage is printed beside it. */
final class CoverageText {

    private CoverageText() {
    }

    /** "28/178"; the count alone when what was owed is not known; "" when nothing is known. */
    static String units(VietnameseFormat format, Coverage coverage) {
        if (coverage == null) {
            return "";
        }
        return coverage.owed() == null ? format.integer(coverage.reported())
                : format.integer(coverage.reported()) + "/" + format.integer(coverage.owed());
    }
}
