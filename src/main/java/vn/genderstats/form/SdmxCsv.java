package vn.genderstats.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.period.Period;

/**
 * The SDMX-CSV 2.0 layout of an export: one row per unit, period, data element and disaggregation. Counts only:
 * an indicator travels as its numerator and denominator data elements, never as a ratio. The unit's consolidated
 * figures are in one dataflow, its children's (for information) in another; the level above loads the first.
 */
public final class SdmxCsv {

    public static final String EXTENSION = ".csv";
    static final String AGENCY = "VN_GENDERSTATS";
    public static final String CONSOLIDATED = AGENCY + ":DF_GE_CONSOLIDATED(1.0)";
    public static final String CHILD_UNITS = AGENCY + ":DF_GE_CHILD_UNITS(1.0)";

    /** Columns: the three SDMX-CSV 2.0 control columns, the dimensions, the measure, then attributes. */
    public static final List<String> COLUMNS = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA",
            "HIERARCHY_VERSION", "TIME_PERIOD", "DATA_ELEMENT", "SEX", "AGE", "OBS_VALUE", "UNIT_MEASURE", "UNIT_NAME");

    /** disagg key (T, M, F, CHILD_T…) to SDMX codes of SEX and AGE. */
    private static final Map<String, String[]> CODES = Map.of(
            "T", new String[] {"_T", "_T"}, "M", new String[] {"M", "_T"}, "F", new String[] {"F", "_T"},
            "CHILD_T", new String[] {"_T", "Y_LT16"}, "CHILD_M", new String[] {"M", "Y_LT16"},
            "CHILD_F", new String[] {"F", "Y_LT16"});

    private SdmxCsv() {
    }

    public static String sex(String disagg) {
        return CODES.get(disagg)[0];
    }

    public static String age(String disagg) {
        return CODES.get(disagg)[1];
    }

    static Optional<String> disagg(String sex, String age) {
        return CODES.entrySet().stream()
                .filter(e -> e.getValue()[0].equals(sex) && e.getValue()[1].equals(age))
                .map(Map.Entry::getKey).findFirst();
    }

    /** SDMX time format: 2024 for a year, 2024-S1 for its first half. */
    public static String timePeriod(Period period) {
        return period.kind() == Period.Kind.ANNUAL ? Integer.toString(period.year()) : period.year() + "-S1";
    }

    static Optional<Period> period(String timePeriod) {
        String t = timePeriod == null ? "" : timePeriod.strip();
        if (t.matches("\\d{4}")) {
            return Optional.of(Period.annual(Integer.parseInt(t)));
        }
        if (t.matches("\\d{4}-S1")) {
            return Optional.of(Period.firstHalf(Integer.parseInt(t.substring(0, 4))));
        }
        return Optional.empty();
    }
}
