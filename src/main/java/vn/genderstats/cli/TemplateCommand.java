package vn.genderstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.FormWriter;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.form.Templates;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write the blank Excel form (template) a unit fills for a period: header filled in for the unit,"
                + " only the input cells unlocked, the deadline from the calendar.",
            "Tạo biểu mẫu Excel trống cho đơn vị điền số liệu của một kỳ báo cáo."})
class TemplateCommand implements Callable<Integer> {

    enum Language { vi, en }

    @Spec
    CommandSpec spec;

    static class Who {
        @Option(names = "--unit", paramLabel = "CODE", required = true,
                description = "GSO code of the unit (e.g. 01489, 047, 04) or of a department (e.g. 04-SNV).")
        String unit;

        @Option(names = "--tier", paramLabel = "TIER", required = true,
                description = "Every unit of a tier at once: commune, district, province or department.")
        String tier;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    @Option(names = "--period", paramLabel = "P", required = true, description = "Period, e.g. 2024 or 2024S1.")
    Period period;

    @Option(names = "--out", paramLabel = "PATH",
            description = "The .xlsx file (with --unit) or the folder (with --tier); default under reports/templates/.")
    Path out;

    @Option(names = "--province", paramLabel = "CODE", description = "With --tier: only the units of this province"
            + " (or under any unit code).")
    String under;

    @Option(names = "--national", description = "With --unit PROVINCE: the national input form the statistics office"
            + " fills from official survey and registration figures.")
    boolean national;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the labels (default: ${DEFAULT-VALUE}); the instructions are in both.")
    Language lang;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration: catalogue, hierarchy versions, calendar (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        Period p = period;
        OfficeFiles office = OfficeFiles.load(jobs);
        Templates templates = new Templates(office.catalog(), office.hierarchy(), office.calendar());
        if (who.unit != null) {
            AdminUnit unit = usage(() -> templates.unit(who.unit, p));
            FormContent form = national ? usage(() -> templates.nationalInput(unit, p, lang.name()))
                    : usage(() -> templates.blank(unit, p, lang.name()));
            Path file = out != null ? out : Path.of("reports", "templates",
                    national ? unit.code() + "-national-" + p.code() + ".xlsx" : Templates.fileName(unit, p));
            write(form, file);
            spec.commandLine().getOut().println("Template / Biểu mẫu " + form.formId() + " v" + form.formVersion()
                    + " for " + unit.code() + " " + unit.name() + ", " + p.label(lang.name()) + ": " + file.toAbsolutePath());
            return ExitCodes.OK;
        }
        if (national) {
            throw new ParameterException(spec.commandLine(), "--national goes with --unit PROVINCE, not with --tier");
        }
        List<AdminUnit> units = usage(() -> templates.unitsOfTier(who.tier, p, under));
        Path folder = out != null ? out : Path.of("reports", "templates", who.tier + "-" + p.code());
        try (ConsoleProgress progress = new ConsoleProgress("template")) {
            progress.start(units.size());
            for (AdminUnit unit : units) {
                write(templates.blank(unit, p, lang.name()), folder.resolve(Templates.fileName(unit, p)));
                progress.step();
            }
        }
        spec.commandLine().getOut().println("Templates / Biểu mẫu: " + units.size() + " " + who.tier + " form(s) for "
                + p.label(lang.name()) + " under " + folder.toAbsolutePath());
        return ExitCodes.OK;
    }

    private static void write(FormContent form, Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FormWriter.write(form, file);
    }

    /** A unit or tier the lists do not have is the caller's mistake: a usage error (exit 2), not a failure. */
    private <T> T usage(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
