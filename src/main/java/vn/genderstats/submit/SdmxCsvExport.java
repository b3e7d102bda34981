package vn.genderstats.submit;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.SdmxCsv;
import vn.genderstats.form.SpreadsheetText;
import vn.genderstats.hierarchy.AdminUnit;

/** Writes an export as SDMX-CSV 2.0 (UTF-8, comma-separated), text neutralised against formulas. */
final class SdmxCsvExport {

    private final Catalog catalog;

    SdmxCsvExport(Catalog catalog) {
        this.catalog = catalog;
    }

    void write(ConsolidatedFigures figures, Path out) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(SdmxCsv.COLUMNS);
            rows(csv, SdmxCsv.CONSOLIDATED, figures, figures.unit(), figures.figures());
            for (ConsolidatedFigures.ChildFigures child : figures.children()) {
                rows(csv, SdmxCsv.CHILD_UNITS, figures, child.unit(), child.figures());
            }
        }
    }

    private void rows(CsvWriter csv, String dataflow, ConsolidatedFigures figures, AdminUnit unit,
            Map<String, BigDecimal> values) {
        for (DataElement e : catalog.dataElements()) {
            for (String disagg : e.disaggregation().keys()) {
                BigDecimal v = values.get(FormContent.key(e.code(), disagg));
                if (v == null) {
                    continue;
                }
                csv.writeRecord("dataflow", dataflow, "I", SpreadsheetText.neutralise(unit.code()), unit.versionId(),
                        SdmxCsv.timePeriod(figures.period()), e.code(), SdmxCsv.sex(disagg), SdmxCsv.age(disagg),
                        v.stripTrailingZeros().toPlainString(), SpreadsheetText.neutralise(e.unit().en()),
                        SpreadsheetText.neutralise(unit.name()));
            }
        }
    }
}
