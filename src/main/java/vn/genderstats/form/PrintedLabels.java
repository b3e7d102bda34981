package vn.genderstats.form;

import vn.genderstats.form.FormVocabulary.Column;
import vn.genderstats.form.FormVocabulary.HeaderLabel;

/**
 * The words printed on a template, in Vietnamese or English. Every header and column label is one the
 * reader accepts ({@link FormVocabulary}); the round-trip tests hold the two together.
 */
record PrintedLabels(String lang) {

    static PrintedLabels of(String lang) {
        return new PrintedLabels("en".equals(lang) ? "en" : "vi");
    }

    boolean english() {
        return "en".equals(lang);
    }

    String header(HeaderLabel label) {
        if (!english()) {
            return label.written();
        }
        return switch (label) {
            case FORM_ID -> "Form no.";
            case FORM_VERSION -> "Version";
            case UNIT_CODE -> "Unit code";
            case UNIT_NAME -> "Reporting unit";
            case PERIOD -> "Reporting period";
        };
    }

    String column(Column column) {
        if (!english()) {
            return column.written();
        }
        return switch (column) {
            case CODE -> "Code";
            case NAME -> "Item";
            case UNIT -> "Unit of measure";
            case TOTAL -> "Total";
            case MALE -> "Male";
            case FEMALE -> "Female";
            case NOTE -> "Note";
        };
    }

    String receivingUnit() {
        return english() ? "Receiving unit" : "Đơn vị nhận báo cáo";
    }

    String deadline() {
        return english() ? "Deadline" : "Hạn gửi báo cáo";
    }

    String childRow() {
        return english() ? "Of which: children (under 16)" : "Trong đó: trẻ em (dưới 16 tuổi)";
    }

    /**
     * The name of an "of which" row that is part of several rows above together ("Trong đó: số vụ đã được giải
     * quyết" under the four kinds of cases): said in the row itself, since "the row above" would be wrong.
     */
    String partOfRowsAbove(String name, int rows) {
        String what = name.replaceFirst("(?i)^(Trong đó|Of which)\\s*:\\s*", "");
        return english() ? "Of which, of the " + rows + " rows above together: " + what
                : "Trong đó, của tổng " + rows + " dòng trên: " + what;
    }

    String yes() {
        return english() ? "Yes" : "Có";
    }

    String no() {
        return english() ? "No" : "Không";
    }

    String dateLine() {
        return english() ? "…………, date …… / …… / ………" : "…………, ngày …… tháng …… năm ………";
    }

    String preparer() {
        return english() ? "Prepared by" : "Người lập biểu";
    }

    String head() {
        return english() ? "Head of unit" : "Thủ trưởng đơn vị";
    }

    String preparerHint() {
        return english() ? "(Signature, full name)" : "(Ký, ghi rõ họ tên)";
    }

    String headHint() {
        return english() ? "(Signature, seal, full name)" : "(Ký, đóng dấu, ghi rõ họ tên)";
    }

    /** The Strategy objective a group of rows serves, as a section heading (numbered as in Resolution 28/NQ-CP). */
    String objective(int objective) {
        String[] vi = {"", "Mục tiêu 1. CHÍNH TRỊ – PHỤ NỮ THAM GIA LÃNH ĐẠO, QUẢN LÝ",
            "Mục tiêu 2. KINH TẾ, LAO ĐỘNG, VIỆC LÀM",
            "Mục tiêu 3. ĐỜI SỐNG GIA ĐÌNH, PHÒNG NGỪA VÀ ỨNG PHÓ VỚI BẠO LỰC TRÊN CƠ SỞ GIỚI", "Mục tiêu 4. Y TẾ",
            "Mục tiêu 5. GIÁO DỤC VÀ ĐÀO TẠO", "Mục tiêu 6. THÔNG TIN, TRUYỀN THÔNG; TẬP HUẤN, KIỂM TRA, KINH PHÍ"};
        String[] en = {"", "Objective 1. POLITICS – WOMEN IN LEADERSHIP", "Objective 2. ECONOMY AND LABOUR",
            "Objective 3. FAMILY LIFE AND GENDER-BASED VIOLENCE", "Objective 4. HEALTH",
            "Objective 5. EDUCATION AND TRAINING",
            "Objective 6. INFORMATION AND COMMUNICATION; TRAININGS, INSPECTIONS, BUDGET"};
        return objective < 1 || objective > 6 ? "" : english() ? en[objective] : vi[objective];
    }
}
