package vn.genderstats.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "genderstats",
        mixinStandardHelpOptions = true,
        version = "genderstats 0.1",
        description = {
            "Gender-equality statistics for the National Strategy on Gender Equality 2021–2030:",
            "reads units' Excel forms, checks them, adds them up the administrative hierarchy",
            "and writes charted PDF reports.",
            "Thống kê bình đẳng giới: nhận biểu mẫu Excel, kiểm tra, tổng hợp và lập báo cáo PDF."},
        subcommands = {NightlyCommand.class, IngestCommand.class, AggregateCommand.class, ReportCommand.class,
            ValidateCommand.class,
            GenerateCommand.class, BenchCommand.class, CatalogCommand.class, TemplateCommand.class,
            ExportCommand.class, ApprovalCommand.class, ServeCommand.class, UserCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure, said in both languages (trace in reports/logs/genderstats.log)",
            "2:bad usage (e.g. an --inbox that does not exist)",
            "3:finished, but some input files were rejected (see reports/quarantine)",
            "4:nightly: another nightly run is still working; this one did nothing",
            "5:approval/export refused (e.g. a child unit not yet approved)"},
        footer = {"", "Database: embedded H2 under data/ unless SPRING_DATASOURCE_URL names another (e.g. PostgreSQL)."})
public class GenderstatsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GenderstatsCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(vn.genderstats.period.Period.class, new PeriodConverter());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
