package vn.genderstats.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A deadline as the calendar writes it: "15/06" in the reporting year, "15/01+1" in the next one. */
record DayOfYear(MonthDay day, int yearOffset) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})/(\\d{1,2})(\\+1)?");

    static DayOfYear parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a deadline is written dd/MM or dd/MM+1, not '" + text + "'");
        }
        return new DayOfYear(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
                m.group(3) == null ? 0 : 1);
    }

    LocalDate in(int year) {
        return day.atYear(year + yearOffset);
    }
}
