package vn.genderstats.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** --unit and --period, resolved to a unit of the hierarchy version in force for the period. */
class UnitPeriod {

    @Option(names = "--unit", required = true, paramLabel = "CODE", description = "GSO code of the unit, e.g. 047.")
    String unitCode;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Period, e.g. 2024 or 2024S1.")
    Period period;

    AdminUnit unit(ApplicationContext context, CommandSpec spec) {
        Hierarchy hierarchy = context.getBean(Hierarchy.class);
        return hierarchy.unit(period, unitCode.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--unit: mã đơn vị " + unitCode + " không có trong danh mục áp dụng cho kỳ " + period.label("vi")
                        + " / unit code " + unitCode + " is not in the list in force for " + period.label("en")));
    }
}
