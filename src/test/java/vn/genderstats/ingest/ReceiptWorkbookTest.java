package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a clean file's receipt, streamed without POI, shows what the POI-written list of problems showed: the
 * file, its checksum and verdict, the list's header and its "no problems" line, the same widths and print setup.
 */
class ReceiptWorkbookTest {

    @TempDir
    Path dir;

    final FeedbackWorkbook.About about = new FeedbackWorkbook.About("01489-xa-dinh-phong/báo cáo <2024> & \"cuối\".xlsx",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Đã nhận", "Accepted");

    @Test
    void aReceiptHoldsTheSameCellsWidthsAndPrintSetupAsTheListOfProblems() throws Exception {
        Path receipt = dir.resolve("receipt.feedback.xlsx");

        FeedbackWorkbook.write(receipt, about, null, List.of());

        try (Workbook streamed = WorkbookFactory.create(receipt.toFile(), null, true)) {
            Sheet s = streamed.getSheet(FeedbackWorkbook.PROBLEMS_SHEET);
            assertThat(streamed.getNumberOfSheets()).isEqualTo(1);
            assertThat(cells(s)).containsExactly("A1=Tệp / File", "B1=" + about.inboxPath(), "A2=SHA-256",
                    "B2=" + about.sha256(), "A3=Kết quả / Result", "B3=Đã nhận / Accepted", "A5=Mức độ / Severity",
                    "B5=Vị trí / Cell", "C5=Chỉ tiêu / Item", "D5=Nội dung (tiếng Việt)", "E5=Problem (English)",
                    "F5=Quy tắc / Rule", "D6=Không có lỗi.", "E6=No problems found.");
            int[] widths = {18, 16, 34, 50, 50, 26};
            for (int col = 0; col < 6; col++) {
                assertThat(s.getColumnWidth(col)).as("column %d", col).isEqualTo(widths[col] * 256);
            }
            assertThat(s.getRow(4).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getRow(5).getCell(0).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
        }
    }

    /** Every non-empty cell as "A1=text". */
    private static List<String> cells(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!cell.getStringCellValue().isEmpty()) {
                    out.add(cell.getAddress().formatAsString() + "=" + cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}
