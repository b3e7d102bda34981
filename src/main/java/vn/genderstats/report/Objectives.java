package vn.genderstats.report;

/** The six objectives of the National Strategy on Gender Equality 2021–2030 (Resolution 28/NQ-CP). */
final class Objectives {

    private static final String[][] NAMES = {
        {"Lĩnh vực chính trị", "Politics"},
        {"Lĩnh vực kinh tế, lao động", "Economy and labour"},
        {"Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Family life, and preventing and responding to gender-based violence"},
        {"Lĩnh vực y tế", "Health"},
        {"Lĩnh vực giáo dục và đào tạo", "Education and training"},
        {"Lĩnh vực thông tin và truyền thông", "Information and communication"}};

    static final int COUNT = NAMES.length;

    private Objectives() {
    }

    static String name(int objective, String lang) {
        String[] name = NAMES[objective - 1];
        return "en".equals(lang) ? "Objective " + objective + ": " + name[1] : "Mục tiêu " + objective + ": " + name[0];
    }
}
