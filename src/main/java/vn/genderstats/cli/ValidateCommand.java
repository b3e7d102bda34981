package vn.genderstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.SdmxCsvReader;
import vn.genderstats.system.VietNamTime;
import vn.genderstats.validate.DryRun;
import vn.genderstats.validate.Outcome;
import vn.genderstats.validate.RulesLoader;
import vn.genderstats.validate.SubmissionValidator;
import vn.genderstats.validate.ValidationRules;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check workbooks as ingest would, without storing anything: for a unit to run before sending.",
            "Kiểm tra biểu mẫu như khi nhận, không lưu gì: để đơn vị tự kiểm tra trước khi gửi.",
            "Exit code 3 when an error was found / mã thoát 3 khi có lỗi."})
class ValidateCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE_OR_DIR", defaultValue = "sample-input",
            description = "A workbook or a folder of workbooks (default: the inbox, ${DEFAULT-VALUE}).")
    Path target;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration: catalogue, hierarchy, rules (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        OfficeFiles office = OfficeFiles.load(jobs);
        ValidationRules rules = RulesLoader.load(jobs.resolve("rules.yaml"), office.catalog());
        SubmissionValidator validator = new SubmissionValidator(office.catalog(), office.hierarchy(),
                Clock.system(VietNamTime.ZONE), rules);
        List<DryRun.Checked> checked = new DryRun(new FormReader(office.catalog()),
                new SdmxCsvReader(office.catalog(), office.hierarchy()), validator).check(target);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json(checked));
        } else {
            text(checked, out);
        }
        boolean errors = checked.stream().anyMatch(c -> c.outcome().findings().stream().anyMatch(Finding::isError));
        return errors ? ExitCodes.REJECTED_FILES : ExitCodes.OK;
    }

    private static void text(List<DryRun.Checked> checked, PrintWriter out) {
        long errors = 0;
        long warnings = 0;
        for (DryRun.Checked c : checked) {
            out.println(c.file() + ": " + verdict(c.outcome()));
            for (Finding f : c.outcome().findings()) {
                out.println("  " + c.file() + " [" + f.place() + "] " + f.severity().label("vi").toUpperCase(Locale.ROOT)
                        + "/" + f.severity().label("en").toUpperCase(Locale.ROOT) + " " + f.rule() + ": " + f.messageVi());
                out.println("      " + f.messageEn());
                if (f.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        out.println(checked.size() + " file(s) checked, " + errors + " error(s), " + warnings
                + " warning(s); nothing was stored / đã kiểm tra " + checked.size() + " tệp, " + errors + " lỗi, "
                + warnings + " cảnh báo; không lưu gì.");
    }

    private static String verdict(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Rejected r -> "would be rejected / sẽ bị từ chối";
            case Outcome.Accepted a when a.findings().stream().anyMatch(Finding::isError) ->
                "would be accepted without the figures in error / sẽ được nhận, trừ các số liệu có lỗi";
            case Outcome.Accepted a when a.hasWarnings() -> "would be accepted with warnings / sẽ được nhận, có cảnh báo";
            case Outcome.Accepted a -> "would be accepted / sẽ được nhận";
        };
    }

    private static String json(List<DryRun.Checked> checked) {
        List<Map<String, Object>> files = checked.stream().map(c -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", c.file());
            file.put("outcome", c.outcome() instanceof Outcome.Rejected ? "rejected" : "accepted");
            file.put("findings", c.outcome().findings().stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", c.file());
                m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
                m.put("rule", f.rule());
                m.put("sheet", f.sheet());
                m.put("cell", f.cell());
                m.put("dataElement", f.element());
                m.put("disagg", f.disagg());
                m.put("messageVi", f.messageVi());
                m.put("messageEn", f.messageEn());
                return m;
            }).toList());
            return file;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("files", files);
        result.put("errors", checked.stream().flatMap(c -> c.outcome().findings().stream()).filter(Finding::isError).count());
        result.put("warnings", checked.stream().flatMap(c -> c.outcome().findings().stream()).filter(f -> !f.isError()).count());
        result.put("stored", false);
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result);
    }
}
