package vn.genderstats.form;

import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The "Hướng dẫn" sheet: how to fill the form, each point in Vietnamese and then in English. */
final class FormInstructions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormInstructions() {
    }

    static void write(XSSFSheet sheet, FormContent form, FormStyles st) {
        sheet.setColumnWidth(0, 78 * 256);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        int r = 0;
        r = line(sheet, r, "HƯỚNG DẪN ĐIỀN BIỂU MẪU", st.instructionTitle, 1);
        r = line(sheet, r, "How to fill in this form", st.instructionEnglish, 1);
        String deadline = form.deadline() == null ? "" : DAY.format(form.deadline());
        r = line(sheet, r, "Biểu số " + form.formId() + " (phiên bản " + form.formVersion() + ") – đơn vị "
                + form.unitCode() + " " + form.unitName() + " – " + form.period().label("vi")
                + (deadline.isEmpty() ? "" : " – hạn gửi " + deadline), st.instruction, 3);
        r = line(sheet, r, "Form " + form.formId() + " (version " + form.formVersion() + ") – unit " + form.unitCode()
                + " " + form.unitName() + " – " + form.period().label("en")
                + (deadline.isEmpty() ? "" : " – due " + deadline), st.instructionEnglish, 3);
        r++;
        String[][] points = {
            {"1. Chỉ nhập vào các ô nền trắng ở các cột Tổng số, Nam, Nữ và Ghi chú; các ô khác đã được khóa.",
                "Type only into the white cells of the Total, Male, Female and Note columns; every other cell is locked."},
            {"2. Không sửa mã đơn vị, kỳ báo cáo, cột Mã số; không thêm, xóa hay đổi chỗ các dòng: hệ thống đọc số liệu"
                    + " theo Mã số của từng dòng.",
                "Do not change the unit code, the period or the Code column, and do not add, delete or move rows:"
                    + " figures are read by the code of their row."},
            {"3. Số người, số vụ, số cơ quan… là số nguyên không âm; kinh phí (triệu đồng) được có phần thập phân."
                    + " Chỉ tiêu có/không: chọn Có hoặc Không trong danh sách.",
                "Counts of persons, cases, bodies… are whole numbers, 0 or more; budgets (million VND) may have decimals."
                    + " Yes/no items: pick Yes (Có) or No (Không) from the list."},
            {"4. Tổng số bằng Nam cộng Nữ. Dòng \"Trong đó\" (lùi vào) là một phần của dòng chính gần nhất phía trên"
                    + " nó (dòng không lùi vào) nên không lớn hơn dòng đó; dòng \"Trong đó, của tổng … dòng trên\" không"
                    + " lớn hơn tổng các dòng ấy. Trẻ em là người dưới 16 tuổi.",
                "Total equals Male plus Female. An \"Of which\" row (indented) is part of the nearest main row above"
                    + " it (not indented) and cannot exceed it; an \"Of which, of the … rows above together\" row cannot"
                    + " exceed the sum of those rows. Children are persons under 16."},
            {"5. Ô số liệu chỉ nhận số. Nhập 0 khi không có trường hợp nào. Để trống khi chưa có số liệu hoặc chỉ tiêu"
                    + " không áp dụng với đơn vị, và ghi lý do ở cột Ghi chú: ô để trống không được tính là 0."
                    + " Ô nền xám không cần nhập.",
                "Figure cells take numbers only. Enter 0 when there were none. Leave the cell blank when the figure is"
                    + " not known yet or does not apply to the unit, and say why in the Note column: a blank is never"
                    + " counted as 0. Grey cells need nothing."},
            {"6. Cột Mã số (B) là mã để hệ thống đọc số liệu, không cần đọc hay sửa; hãy căn cứ vào tên chỉ tiêu ở"
                    + " cột A.",
                "The Code column (B) is for the system that reads the figures: nothing to read or change there; go by"
                    + " the item's name in column A."},
            {"7. Số liệu về bạo lực gia đình, bạo lực trên cơ sở giới, mua bán người là thông tin nhạy cảm: chỉ ghi số"
                    + " lượng, không ghi tên người; số nhỏ không được công bố.",
                "Figures on domestic and gender-based violence and trafficking are sensitive: write counts only, never"
                    + " names; small counts are never published."},
            {"8. Ghi ngày lập biểu, ký tên, đóng dấu ở cuối biểu; gửi lại chính tệp Excel này (.xlsx, không chuyển sang"
                    + " PDF) cho đơn vị nhận báo cáo ghi ở đầu biểu" + (deadline.isEmpty() ? "." : " trước ngày " + deadline + "."),
                "Date, sign and stamp the form at the bottom; send back this very Excel file (.xlsx, not a PDF) to the"
                    + " receiving unit named at the top" + (deadline.isEmpty() ? "." : " by " + deadline + ".")},
        };
        for (String[] point : points) {
            r = line(sheet, r, point[0], st.instruction, lines(point[0]));
            r = line(sheet, r, point[1], st.instructionEnglish, lines(point[1]));
        }
        sheet.enableLocking();
    }

    private static int lines(String text) {
        return Math.max(1, (text.length() + 67) / 68);
    }

    private static int line(XSSFSheet sheet, int r, String text, CellStyle style, int lines) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(lines * 16f + 2);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        return r + 1;
    }
}
