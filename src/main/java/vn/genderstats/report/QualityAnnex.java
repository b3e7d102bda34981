package vn.genderstats.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openpdf.text.Chapter;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.report.UnitFigures.FileNote;
import vn.genderstats.report.UnitFigures.RefusedFigure;

/**
 * The data-quality annex a clerk can act on: for this period only and unit by unit, every refused file, every
 * refused figure with what leaving it out changed, and the warnings on the files used; data elements by their
 * catalogue names.
 */
final class QualityAnnex {

    private static final float SIZE = 8;

    private final PdfLayout layout;
    private final Catalog catalog;
    private final UnitFigures f;
    private final Map<String, String> names = new HashMap<>();

    QualityAnnex(PdfLayout layout, Catalog catalog, UnitFigures f) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
        f.dues().forEach(d -> names.put(d.code(), d.name()));
        f.children().forEach(c -> names.put(c.unit().code(), c.unit().name()));
        names.put(f.unit().code(), f.unit().name());
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    /** "Xã Đoài Dương (01525)", or the code alone for a unit not in this report's lists. */
    String unit(String code) {
        String name = names.get(code);
        return code == null ? t("(không rõ đơn vị)", "(unit unknown)") : name == null ? code : name + " (" + code + ")";
    }

    Chapter build(int number) {
        Chapter chapter = layout.chapter(number, t("Phụ lục: chất lượng số liệu", "Annex: data quality"), true);
        chapter.add(layout.text(t("Chỉ gồm kỳ " + f.period().label("vi").toLowerCase() + ", theo từng đơn vị. Tệp bị "
                + "từ chối: không số liệu nào của tệp được dùng, đơn vị cần gửi lại. Số liệu bị loại: tệp được nhận nhưng "
                + "số liệu này không được dùng, các chỉ tiêu tính từ nó thiếu phần của đơn vị; đơn vị cần sửa và gửi lại.",
                "Period " + f.period().label("en") + " only, unit by unit. A refused file: none of its figures is "
                + "used, the unit must send again. A refused figure: the file was taken but this figure is left out, "
                + "and the indicators built on it lack the unit's part; the unit must correct it and send again.")));
        Section files = layout.section(chapter, t("Tệp bị từ chối", "Files refused"));
        if (f.rejected().isEmpty()) {
            files.add(layout.text(t("Không có tệp nào của các đơn vị này bị từ chối trong kỳ.",
                    "No file of these units was refused for the period.")));
        } else {
            files.add(notes(f.rejected()));
            if (f.rejected().stream().anyMatch(n -> !n.periodKnown())) {
                files.add(layout.note(t("(*) Không đọc được kỳ báo cáo của tệp: tệp được liệt kê ở báo cáo mọi kỳ.",
                        "(*) The file's period could not be read: it is listed in the report of every period.")));
            }
        }
        Section figures = layout.section(chapter, t("Số liệu bị loại", "Figures refused"));
        if (f.refusedFigures().isEmpty()) {
            figures.add(layout.text(t("Không có số liệu nào bị loại trong các tệp được dùng.",
                    "No figure was refused in the files used.")));
        } else {
            PdfPTable table = layout.table(new float[] {20, 44, 36}, SIZE, t("Đơn vị, tệp", "Unit, file"),
                    t("Số liệu bị loại và ảnh hưởng", "Figure refused and what it changed"), t("Lý do", "Why"));
            for (RefusedFigure r : f.refusedFigures()) {
                table.addCell(layout.cell(unit(r.unitCode()) + "\n" + r.fileName() + "\n" + r.where(), SIZE));
                table.addCell(layout.cell(refused(r), SIZE));
                table.addCell(layout.cell("en".equals(layout.lang) ? r.messageEn() : r.messageVi(), SIZE));
            }
            figures.add(table);
        }
        Section warnings = layout.section(chapter, t("Cảnh báo đã chấp nhận", "Warnings accepted"));
        if (f.warnings().isEmpty()) {
            warnings.add(layout.text(t("Không có cảnh báo nào trên các tệp được dùng.", "No warning on the files used.")));
        } else {
            warnings.add(notes(f.warnings()));
        }
        return chapter;
    }

    private PdfPTable notes(List<FileNote> notes) {
        PdfPTable table = layout.table(new float[] {20, 22, 12, 46}, SIZE, t("Đơn vị", "Unit"), t("Tệp", "File"),
                t("Vị trí", "Where"), t("Nội dung", "Message"));
        notes.stream().sorted(Comparator.comparing(n -> n.unitCode() == null ? "" : n.unitCode())).forEach(note -> {
            table.addCell(layout.cell(unit(note.unitCode()), SIZE));
            table.addCell(layout.cell(note.fileName() + (note.periodKnown() ? "" : " (*)"), SIZE));
            table.addCell(layout.cell(note.where(), SIZE));
            table.addCell(layout.cell("en".equals(layout.lang) ? note.messageEn() : note.messageVi(), SIZE));
        });
        return table;
    }

    /**
     * "Số trẻ sinh ra sống của Xã Đoài Dương bị loại. Tỷ số giới tính khi sinh của Huyện Trùng Khánh không tính 59
     * trẻ của Xã Đoài Dương."
     */
    String refused(RefusedFigure r) {
        Optional<DataElement> element = catalog.element(r.element());
        String who = names.getOrDefault(r.unitCode(), r.unitCode());
        Set<String> affected = new LinkedHashSet<>();
        for (Indicator indicator : catalog.indicators()) {
            if (Stream.concat(indicator.numerator().terms().stream(), indicator.denominator().terms().stream())
                    .anyMatch(term -> term.element().equals(r.element()))) {
                affected.add(indicator.name().in(layout.lang));
            }
        }
        String figure = catalog.figureName(r.element(), r.disagg(), layout.lang);
        // How much is left out, in the element's unit; a yes/no answer or a blank has no amount to say.
        boolean counted = r.amount() != null && element.map(e -> e.valueType() != ValueType.YESNO).orElse(false);
        String amount = counted
                ? new FigureText(layout.format).amount(r.amount()) + " " + element.get().unit().in(layout.lang)
                : t("số liệu này", "this figure");
        String head = t(figure + " của " + who + " bị loại.", figure + " of " + who + " refused.");
        if (affected.isEmpty()) {
            return head + t(" Tổng số của " + f.unit().name() + " không gồm " + amount + " của " + who + ".",
                    " The total of " + f.unit().name() + " leaves out " + amount + " of " + who + ".");
        }
        String list = String.join("; ", affected);
        return head + t(" " + list + " của " + f.unit().name() + " không tính " + amount + " của " + who + ".",
                " " + list + " of " + f.unit().name() + " leave(s) out " + amount + " of " + who + ".");
    }

    /** The units with a refused file for the period (its period read from the form or the file name). */
    static Set<String> refusedSenders(UnitFigures f) {
        return f.rejected().stream().filter(FileNote::periodKnown).map(FileNote::unitCode)
                .collect(Collectors.toSet());
    }
}
