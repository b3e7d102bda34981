package vn.genderstats.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which package owns which table or view, and the SQL each main source file runs on tables it does not own.
 * No import shows this coupling, so it is read from the SQL text: string literals and text blocks, joined in
 * order, searched for a table name after {@code from}, {@code join}, {@code into}, {@code update} or
 * {@code table}.
 */
final class SqlOwnership {

    /**
     * Owner of every table and view of src/main/resources/db/migration (views with the owner whose tables they
     * show: held_submission joins submission to approval and belongs to approval). Spring Batch's tables belong
     * to Spring Batch: no package of ours queries them (the job repository is read through its Java API).
     */
    static final Map<String, List<String>> TABLES = Map.of(
            "hierarchy", List.of("hierarchy_version", "admin_unit", "unit_ancestor", "hierarchy_file", "unit_group",
                    "unit_succession", "succession_meeting", "reference_data_lock"),
            "ingest", List.of("received_file", "vouched_receipt", "submission", "observation", "finding", "value_change",
                    "current_submission", "submission_history"),
            "aggregate", List.of("aggregate_value", "aggregate_sum", "rollup_leaf", "indicator_result", "indicator_stored",
                    "group_aggregate_value", "group_indicator_result", "element_reporter", "report_due", "rollup_state",
                    "rollup_dirty", "rollup_submission", "rollup_expected", "rollup_counted", "completeness",
                    "missing_report", "indicator_term",
                    "indicator_part", "indicator_up", "indicator_met"),
            "approval", List.of("approval", "approval_event", "held_submission"),
            "report", List.of("report_fingerprint"),
            "nightly", List.of("stage_mark", "nightly_lock"),
            "account", List.of("portal_account"),
            "Spring Batch", List.of("batch_job_instance", "batch_job_execution", "batch_job_execution_params",
                    "batch_job_execution_context", "batch_step_execution", "batch_step_execution_context"));

    static final Map<String, String> OWNER = TABLES.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(table -> Map.entry(table, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /**
     * Reads (never writes) allowed outside the owner, each for a reason. The roll-up adds 0.9 million values up
     * in one INSERT … SELECT per slice (style: aggregate in SQL), joining the current observations through the
     * unit tree; a Java read API in between would turn that into row-by-row work. The units with no units below
     * have their own figures as sums: the view aggregate_value reads them from observation instead of a copy.
     */
    static final Map<String, Set<String>> SET_BASED_READS = Map.of(
            "aggregate", Set.of("admin_unit", "unit_ancestor", "unit_group", "unit_succession", "succession_meeting",
                    "current_submission", "submission", "observation"));

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "\\b(delete\\s+from|insert\\s+into|merge\\s+into|update|table|from|join|into)\\s+([a-z_][a-z0-9_]*)\\b");

    /** A table used in SQL by a package that does not own it. */
    record Trespass(Path file, String table, String owner, boolean writes) {

        @Override
        public String toString() {
            return file + " " + (writes ? "writes " : "reads ") + table + ", owned by " + owner;
        }
    }

    private SqlOwnership() {
    }

    static List<Trespass> trespasses(Path sources) {
        List<Trespass> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = featureOf(sources.relativize(file));
                Matcher m = TABLE_AFTER_KEYWORD.matcher(sqlText(Files.readString(file)).toLowerCase(Locale.ROOT));
                while (m.find()) {
                    String table = m.group(2);
                    String owner = OWNER.get(table);
                    boolean writes = !m.group(1).equals("from") && !m.group(1).equals("join");
                    boolean allowed = owner == null || owner.equals(pkg)
                            || (!writes && SET_BASED_READS.getOrDefault(pkg, Set.of()).contains(table));
                    if (!allowed) {
                        found.add(new Trespass(file, table, owner, writes));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().distinct().toList();
    }

    /** The feature package: the first folder under vn/genderstats ("" for the application class). */
    private static String featureOf(Path relative) {
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    /** Every string literal and text block of a source file, in order, joined by spaces. */
    static String sqlText(String source) {
        StringBuilder text = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            text.append(blocks.group(1)).append(' ');
            blocks.appendReplacement(rest, " ");
        }
        blocks.appendTail(rest);
        Matcher literals = LITERAL.matcher(rest);
        while (literals.find()) {
            text.append(literals.group(1)).append(' ');
        }
        return text.toString();
    }
}
