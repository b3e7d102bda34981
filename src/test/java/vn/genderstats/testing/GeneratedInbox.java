package vn.genderstats.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/**
 * An inbox of generated forms, one folder per unit, written by the product's own generator: the 172
 * reporting units of Cao Bằng (province 04, with its departments) for the 6-month and annual reports of
 * 2024: 356 files.
 */
public final class GeneratedInbox {

    public static final String PROVINCE = "04";

    /** What was written: the files (relative to the inbox) and the number of figures in them. */
    public record Written(Path inbox, List<String> files, long values) {
    }

    private GeneratedInbox() {
    }

    public static Written write(Path inbox, Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar)
            throws IOException {
        return write(inbox, catalog, hierarchy, calendar, List.of(Period.firstHalf(2024), Period.annual(2024)));
    }

    public static Written write(Path inbox, Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar,
            List<Period> periods) throws IOException {
        return write(inbox, catalog, hierarchy, calendar, periods, PROVINCE, 0);
    }

    /** Clean forms of one unit's subtree (e.g. a district and its communes) for one period. */
    public static Path write(Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar, String subtree,
            Period period, Path inbox) throws IOException {
        write(inbox, catalog, hierarchy, calendar, List.of(period), subtree, 0);
        return inbox;
    }

    /** Forms of one province's units; {@code flawedShare} of them with a planted mistake (see generate/Flaw). */
    public static Written write(Path inbox, Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar,
            List<Period> periods, String province, double flawedShare) throws IOException {
        FormGenerator.Result result = new FormGenerator(catalog, hierarchy, calendar).generate(
                FormGenerator.Request.of(null, periods, inbox, 7, province, flawedShare, 2),
                new FormGenerator.Progress() {
                    @Override
                    public void start(long total) {
                    }

                    @Override
                    public void step() {
                    }
                });
        Path manifest = inbox.resolve(FormGenerator.MANIFEST);
        List<String> files;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(manifest)) {
            files = csv.stream().map(r -> r.getField("file")).toList();
        }
        return new Written(inbox, files, result.values());
    }
}
