package vn.genderstats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.text.VietnameseLetters;

/** Writes the PDFs of every unit with figures in a period: {@code reports/<period>/<code>-<name>.pdf}. */
@Component
public class ReportWriter {

    private final ReportData data;
    private final Catalog catalog;
    private final Clock clock;

    ReportWriter(ReportData data, Catalog catalog, Clock clock) {
        this.data = data;
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<Path> writeAll(String versionId, Period period, String lang, Path reports, Long jobExecutionId)
            throws IOException {
        UnitReport report = new UnitReport(catalog, lang);
        List<Path> written = new ArrayList<>();
        for (AdminUnit unit : data.unitsWithData(versionId, period)) {
            Path out = reports.resolve(period.code()).resolve(fileName(unit, lang));
            report.write(data.figures(unit, period), LocalDate.now(clock), jobExecutionId, out);
            written.add(out);
        }
        return written;
    }

    static String fileName(AdminUnit unit, String lang) {
        String slug = VietnameseLetters.fold(unit.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return unit.code() + "-" + slug + ("vi".equals(lang) ? "" : "." + lang) + ".pdf";
    }
}
