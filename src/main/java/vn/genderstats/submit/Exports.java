package vn.genderstats.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.genderstats.approval.ApprovalRefused;
import vn.genderstats.approval.ApprovalState;
import vn.genderstats.approval.Approvals;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.Templates;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/**
 * Writes a unit's consolidated figures for the level above, in the form layout (xlsx) or as SDMX-CSV. An approved
 * unit becomes "sent"; a unit not yet approved is exported as a draft and its state stays as it is.
 */
@Component
public class Exports {

    /** What was written, and whether it went out as approved figures. */
    public record Written(Path file, ApprovalState stateBefore, int consolidatedValues, int childUnits) {

        public boolean draft() {
            return !stateBefore.isLocked();
        }
    }

    private final ConsolidatedFigureQuery query;
    private final Approvals approvals;
    private final Hierarchy hierarchy;
    private final Catalog catalog;

    Exports(ConsolidatedFigureQuery query, Approvals approvals, Hierarchy hierarchy, Catalog catalog) {
        this.query = query;
        this.approvals = approvals;
        this.hierarchy = hierarchy;
        this.catalog = catalog;
    }

    public static Path defaultFile(Path reports, AdminUnit unit, Period period, ExportFormat format) {
        return reports.resolve("exports").resolve(period.code()).resolve(unit.code() + "-" + period.code() + format.extension());
    }

    public Written export(AdminUnit unit, Period period, ExportFormat format, Path out, String by) throws IOException {
        ConsolidatedFigures figures = query.of(unit, period);
        if (figures.figures().isEmpty()) {
            throw new ApprovalRefused("Chưa có số liệu tổng hợp của " + unit.code() + " kỳ " + period.label("vi")
                    + "; hãy chạy nightly hoặc aggregate trước.", "There are no aggregated figures for " + unit.code()
                    + " for " + period.label("en") + "; run nightly or aggregate first.");
        }
        ApprovalState before = approvals.state(unit, period);
        Files.createDirectories(out.toAbsolutePath().getParent());
        switch (format) {
            case XLSX -> new XlsxExport(catalog).write(figures, Templates.receivingUnit(hierarchy, unit, period, "vi"),
                    !before.isLocked(), out);
            case SDMX_CSV -> new SdmxCsvExport(catalog).write(figures, out);
        }
        approvals.sent(unit, period, by, out.getFileName().toString());
        return new Written(out, before, figures.figures().size(), figures.children().size());
    }

}
