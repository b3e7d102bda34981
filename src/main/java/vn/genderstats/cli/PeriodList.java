package vn.genderstats.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import vn.genderstats.period.Period;

/** "2024", "2024S1", or a range "2021..2026" (both the 6-month and the annual report of every year). */
class PeriodList implements ITypeConverter<List<Period>> {

    @Override
    public List<Period> convert(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.contains("..")) {
                String[] ends = p.split("\\.\\.");
                int from = Period.parse(ends[0]).year();
                int to = Period.parse(ends[1]).year();
                if (to < from) {
                    throw new IllegalArgumentException("the range " + p + " runs backwards");
                }
                for (int y = from; y <= to; y++) {
                    periods.add(Period.firstHalf(y));
                    periods.add(Period.annual(y));
                }
            } else {
                periods.add(Period.parse(p));
            }
        }
        return periods;
    }
}
