package vn.genderstats.form;

import vn.genderstats.text.LegacyVietnamese;

/**
 * The text of a cell as Unicode NFC, whatever the unit typed it in: TCVN3 (.VnTime) and VNI text is
 * converted by the cell's font name or, without a telling font, by its letters.
 */
final class CellText {

    private CellText() {
    }

    static String of(SheetCell cell) {
        return LegacyVietnamese.normalize(cell.text(), cell.fontName()).strip();
    }
}
