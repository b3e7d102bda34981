package vn.genderstats.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.genderstats.period.Period;

/**
 * Every {@code --period} option: "2024" (annual) or "2024S1" (first six months), checked before any work starts,
 * so a typo is a usage error (exit 2). Registered once for the type {@link Period} on the command line.
 */
class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String text) {
        try {
            return Period.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("kỳ báo cáo phải có dạng 2024 (cả năm) hoặc 2024S1 (6 tháng đầu năm), không phải '"
                    + text + "' / " + e.getMessage());
        }
    }
}
