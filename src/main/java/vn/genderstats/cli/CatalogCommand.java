package vn.genderstats.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.CatalogLoader;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.FormDefinition;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"List the forms, the data elements units enter and the indicators computed from them, with the"
                + " Strategy 2021–2030 targets (2025, 2030, direction).",
            "Liệt kê biểu mẫu, chỉ tiêu nhập và chỉ tiêu tính cùng mục tiêu của Chiến lược năm 2025, 2030."})
class CatalogCommand implements Callable<Integer> {

    enum Format { text, csv }

    static final String[] CSV_HEADER = {"record", "code", "name_vi", "name_en", "unit_vi", "unit_en", "value_type",
        "disaggregation", "tiers", "unit_kinds", "sensitive", "part_of", "objective", "numerator", "denominator",
        "factor", "target_id", "target_2025", "target_2030", "direction", "form_version"};

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text for people, csv (one line per form, data element and indicator) for machines"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration holding catalog.yaml (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = CatalogLoader.load(jobs.resolve("catalog.yaml"));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            csv(catalog, out);
        } else {
            text(catalog, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void csv(Catalog catalog, PrintWriter out) throws java.io.IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(CSV_HEADER);
        for (FormDefinition f : catalog.forms()) {
            csv.writeRecord("form", f.id(), f.title().vi(), f.title().en(), "", "", "", "", f.tier(), f.unitKind(), "",
                    "", "", "", "", "", "", "", "", "", f.version());
        }
        for (DataElement e : catalog.dataElements()) {
            csv.writeRecord("data_element", e.code(), e.name().vi(), e.name().en(), e.unit().vi(), e.unit().en(),
                    lower(e.valueType()), lower(e.disaggregation()), String.join(" ", e.tiers()),
                    String.join(" ", e.unitKinds()), Boolean.toString(e.sensitive()), String.join(" ", e.partOf()),
                    Integer.toString(e.objective()), "", "", "", "", "", "", "", "");
        }
        for (Indicator i : catalog.indicators()) {
            Optional<Target> t = i.target();
            csv.writeRecord("indicator", i.code(), i.name().vi(), i.name().en(), i.unit().vi(), i.unit().en(), "", "",
                    "", "", "", "", Integer.toString(i.objective()), i.numerator().text(), i.denominator().text(),
                    plain(i.factor()), t.map(Target::id).orElse(""), t.map(Target::y2025).map(CatalogCommand::plain).orElse(""),
                    t.map(Target::y2030).map(CatalogCommand::plain).orElse(""),
                    t.map(Target::direction).map(CatalogCommand::lower).orElse(""), "");
        }
        csv.flush();
    }

    private static void text(Catalog catalog, PrintWriter out) {
        out.printf("Forms / Biểu mẫu (%d)%n", catalog.forms().size());
        for (FormDefinition f : catalog.forms()) {
            out.printf("  %-10s v%-7s %-9s %-11s %s%n", f.id(), f.version(), f.tier(), f.unitKind(), f.title().vi());
        }
        out.printf("%nData elements / Chỉ tiêu nhập (%d)%n", catalog.dataElements().size());
        for (DataElement e : catalog.dataElements()) {
            out.printf("  %-34s %-6s %-8s %-16s %-46s %s%s%n", e.code(), lower(e.valueType()), lower(e.disaggregation()),
                    e.unit().vi(), String.join(",", e.tiers()) + "/" + String.join(",", e.unitKinds()), e.name().vi(),
                    e.sensitive() ? " [nhạy cảm / sensitive]" : "");
        }
        out.printf("%nIndicators / Chỉ tiêu tính (%d): factor × numerator ÷ denominator, target 2025 → 2030%n",
                catalog.indicators().size());
        for (Indicator i : catalog.indicators()) {
            out.printf("  %-36s %s%n      = %s × (%s) ÷ (%s)%s%n", i.code(), i.name().vi(), plain(i.factor()),
                    i.numerator(), i.denominator(), i.target().map(CatalogCommand::target).orElse(""));
        }
    }

    private static String target(Target t) {
        return "   target " + t.id() + ": " + lower(t.direction()).replace('_', ' ') + " "
                + Optional.ofNullable(t.y2025()).map(CatalogCommand::plain).orElse("–") + " (2025) → "
                + Optional.ofNullable(t.y2030()).map(CatalogCommand::plain).orElse("–") + " (2030)";
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
