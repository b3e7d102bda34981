package vn.genderstats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.report.OfficeSettings.Letterhead;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.report.Verdict.Status;
import vn.genderstats.report.pdf.VietnameseFormat;

/**
 * A unit's report in the layout of Decree 30/2020/NĐ-CP (always in Vietnamese: it is an administrative
 * document): letterhead, dateline, title, a body in the order of the seeds' reports — results by objective
 * with đạt / chưa đạt per target, limitations and causes, tasks, recommendations — recipients and
 * signature. Figures are filled in; what only the office can write is a {@link Kind#PLACEHOLDER}.
 * Word ({@link OfficialDocx}) and PDF ({@link OfficialPdf}) render the same content.
 */
record OfficialReport(Letterhead head, String numberLine, String dateline, String subject, List<Block> body,
        String annexNote, String documentTitle) {

    /** How a block of the body is set. */
    enum Kind { SECTION, SUBSECTION, TEXT, ITEM, PLACEHOLDER }

    /** A paragraph; {@code verdict}, when present, ends it in bold. */
    record Block(Kind kind, String text, String verdict) {

        static Block of(Kind kind, String text) {
            return new Block(kind, text, null);
        }
    }

    static final String PLACEHOLDER_MARK = "[Phần cơ quan soạn thảo viết: ";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final VietnameseFormat FORMAT = VietnameseFormat.VI;

    static OfficialReport of(UnitFigures f, PublishedFigures published, Catalog catalog, VerdictRules rules,
            Letterhead head, LocalDate drafted) {
        AdminUnit unit = f.unit();
        Period period = f.period();
        String self = unit.isTerritory() ? "Ủy ban nhân dân " + lowerFirst(unit.name()) : unit.name();
        String when = period.kind() == Period.Kind.ANNUAL ? "năm " + period.year()
                : "6 tháng đầu năm " + period.year();
        String subject = "Kết quả thực hiện công tác bình đẳng giới và các mục tiêu của Chiến lược quốc gia "
                + "về bình đẳng giới " + when;
        String number = head.number().isBlank() ? "Số:        /" + head.symbol() : "Số: " + head.number() + "/"
                + head.symbol();
        String dateline = (head.place().isBlank() ? "" : head.place() + ", ") + "ngày      tháng      năm "
                + drafted.getYear();

        List<Block> body = new ArrayList<>();
        body.add(placeholder("căn cứ báo cáo — văn bản chỉ đạo, hướng dẫn của cấp trên (số, ngày, cơ quan ban hành)]"));
        body.add(Block.of(Kind.TEXT, self + " báo cáo kết quả thực hiện công tác bình đẳng giới " + when
                + " như sau:"));

        body.add(Block.of(Kind.SECTION, "I. KẾT QUẢ THỰC HIỆN"));
        body.add(Block.of(Kind.SUBSECTION, "1. Công tác lãnh đạo, chỉ đạo, tuyên truyền, tập huấn"));
        body.add(placeholder("các văn bản, kế hoạch đã ban hành; hoạt động tuyên truyền, tập huấn; Tháng hành động "
                + "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11–15/12)]"));
        body.add(Block.of(Kind.SUBSECTION, "2. Kết quả thực hiện các mục tiêu, chỉ tiêu của Chiến lược quốc gia về "
                + "bình đẳng giới giai đoạn 2021–2030"));
        body.add(Block.of(Kind.TEXT, coverage(f)));
        List<TargetLine> verdicts = verdicts(f, published, catalog, rules);
        Map<Status, Long> byStatus = verdicts.stream().filter(v -> v.status() != null && judged(v.status()))
                .collect(Collectors.groupingBy(TargetLine::status, TreeMap::new, Collectors.counting()));
        long judged = byStatus.values().stream().mapToLong(Long::longValue).sum();
        body.add(Block.of(Kind.TEXT, "Trong " + verdicts.size() + " chỉ tiêu của Chiến lược có mục tiêu định lượng, "
                + judged + " chỉ tiêu được đánh giá kỳ này: " + byStatus.entrySet().stream()
                        .map(e -> e.getValue() + " chỉ tiêu " + e.getKey().label("vi").toLowerCase(VIETNAMESE))
                        .collect(Collectors.joining(", "))
                + (judged == 0 ? "không có" : "")
                + "; " + (verdicts.size() - judged) + " chỉ tiêu chưa có số liệu, không công bố hoặc không đủ số liệu "
                + "để đánh giá (quy tắc đánh giá nêu ở Phụ lục, mục Phương pháp). Cụ thể:"));
        Map<Integer, List<TargetLine>> byObjective = new TreeMap<>(verdicts.stream()
                .collect(Collectors.groupingBy(v -> v.indicator().objective())));
        char letter = 'a';
        for (var objective : byObjective.entrySet()) {
            body.add(Block.of(Kind.SUBSECTION, letter++ + ") " + Objectives.name(objective.getKey(), "vi")));
            for (TargetLine v : objective.getValue()) {
                body.add(new Block(Kind.ITEM, v.sentence(), v.verdict()));
            }
        }
        body.add(Block.of(Kind.SUBSECTION, "3. Tình hình thực hiện chế độ báo cáo"));
        body.add(Block.of(Kind.TEXT, reporting(f.dues())));

        body.add(Block.of(Kind.SECTION, "II. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN"));
        body.add(Block.of(Kind.SUBSECTION, "1. Hạn chế, khó khăn"));
        List<String> missed = verdicts.stream().filter(v -> v.status() == Status.NOT_ACHIEVED
                || v.status() == Status.AT_RISK || v.status() == Status.OFF_TRACK).map(v -> v.target().id()).toList();
        body.add(Block.of(Kind.TEXT, missed.isEmpty() ? "Không có chỉ tiêu được đánh giá nào chưa đạt hoặc có nguy cơ "
                + "không đạt." : "Các chỉ tiêu chưa đạt hoặc có nguy cơ không đạt: " + String.join(", ", missed) + "."));
        List<String> unknown = verdicts.stream().filter(v -> v.status() == null || !judged(v.status()))
                .map(v -> v.target().id()).toList();
        if (!unknown.isEmpty()) {
            body.add(Block.of(Kind.TEXT, "Các chỉ tiêu chưa có hoặc chưa đủ số liệu để đánh giá: " + String.join(", ", unknown)
                    + "."));
        }
        body.add(placeholder("những hạn chế, khó khăn khác trong tổ chức thực hiện]"));
        body.add(Block.of(Kind.SUBSECTION, "2. Nguyên nhân"));
        body.add(placeholder("nguyên nhân khách quan và chủ quan của các hạn chế, của từng chỉ tiêu chưa đạt]"));

        String next = period.kind() == Period.Kind.ANNUAL ? "NĂM " + (period.year() + 1) : "6 THÁNG CUỐI NĂM "
                + period.year();
        body.add(Block.of(Kind.SECTION, "III. NHIỆM VỤ, GIẢI PHÁP " + next));
        body.add(placeholder("nhiệm vụ, giải pháp trọng tâm, nhất là đối với các chỉ tiêu chưa đạt]"));
        body.add(Block.of(Kind.SECTION, "IV. KIẾN NGHỊ, ĐỀ XUẤT"));
        body.add(placeholder("kiến nghị với cơ quan cấp trên]"));
        body.add(Block.of(Kind.TEXT, "Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới " + when + " của "
                + self + "./."));

        String annex = "Phụ lục: Báo cáo thống kê bình đẳng giới " + when + " của " + unit.name()
                + " (số liệu chi tiết, tình hình nộp báo cáo, chất lượng số liệu và phương pháp tính) kèm theo.";
        return new OfficialReport(head, number, dateline, subject, body, annex, "Báo cáo " + subject.substring(0, 1)
                .toLowerCase(VIETNAMESE) + subject.substring(1) + " — " + unit.name());
    }

    private static Block placeholder(String what) {
        return Block.of(Kind.PLACEHOLDER, PLACEHOLDER_MARK + what);
    }

    /** Where a target stands in the period, as a sentence with its verdict's words and status (null: none). */
    record TargetLine(Indicator indicator, Target target, String sentence, String verdict, Status status) {
    }

    private static boolean judged(Status status) {
        return status != Status.NOT_JUDGED && status != Status.NO_DATA;
    }

    /**
     * The verdict of the period's milestone by the report's own rules ({@link VerdictRules#judge}: đạt / chưa đạt
     * in the milestone year, a projection before it, none below the coverage and sample the rules ask); none
     * without a printed value of the period.
     */
    static List<TargetLine> verdicts(UnitFigures f, PublishedFigures published, Catalog catalog, VerdictRules rules) {
        UnitVerdicts judge = new UnitVerdicts(f, published, rules);
        FigureText figures = new FigureText(FORMAT);
        Period period = f.period();
        PeriodFigures current = f.current();
        List<TargetLine> verdicts = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            Target target = indicator.target().orElse(null);
            if (target == null) {
                continue;
            }
            String head = "Chỉ tiêu " + target.id() + " – " + indicator.name().in("vi") + ": ";
            Goal goal = Goal.of(target, period.year()).orElse(null);
            String goalText = goal == null ? "" : "; mục tiêu năm " + goal.milestone() + ": "
                    + (FigureText.yesNo(indicator) ? yesNo(goal.value()) : direction(target)
                            + figures.target(indicator, BigDecimal.valueOf(goal.value())) + unit(indicator));
            IndicatorFigure figure = current.indicators().get(indicator.code());
            if (figure == null || figure.value() == null) {
                verdicts.add(new TargetLine(indicator, target, head + "chưa có số liệu" + goalText + ".", null, null));
            } else if (published.rateHidden(f.unit().code(), indicator, period, current)) {
                verdicts.add(new TargetLine(indicator, target, head + "số liệu nhỏ, không công bố theo quy tắc bảo vệ "
                        + "ô số liệu nhỏ" + goalText + ".", null, null));
            } else {
                String value = (FigureText.yesNo(indicator) ? yesNo(figure.value())
                        : figures.value(indicator, figure.value()) + unit(indicator))
                        + (figure.restated() ? " (số liệu quy đổi sang đơn vị hành chính sau 01/7/2025)" : "");
                String base = published.sensitive(indicator) || FigureText.yesNo(indicator)
                        || figure.denominator() == null ? ""
                        : " (" + figures.amount(figure.numerator()) + "/" + figures.amount(figure.denominator()) + ")";
                // The period's own milestone: after 2025 the 2030 projection, the 2025 verdict standing as judged.
                Verdict v = judge.of(indicator).getLast();
                verdicts.add(new TargetLine(indicator, target, head + "kỳ này đạt " + value + base + goalText
                        + ". Đánh giá: ", v.label("vi"), v.status()));
            }
        }
        return verdicts;
    }

    /** A yes/no value in a sentence: 1 reads "có", 0 "chưa có"; a share between stays a number. */
    private static String yesNo(double value) {
        return value == 1 ? "có" : value == 0 ? "chưa có" : FORMAT.number(value, 2);
    }

    private static String direction(Target target) {
        return switch (target.direction()) {
            case AT_LEAST -> "từ ";
            case AT_MOST -> "không quá ";
            case EQUAL -> "";
        };
    }

    private static String unit(Indicator indicator) {
        String unit = indicator.unit().in("vi");
        return "%".equals(unit) ? "%" : "";
    }

    private static String coverage(UnitFigures f) {
        if (f.unitsExpected() == null || f.unitsExpected() == 0) {
            return "Số liệu tổng hợp từ báo cáo của " + f.unitsReporting() + " đơn vị (chi tiết tại Phụ lục).";
        }
        double share = 100.0 * f.unitsReporting() / f.unitsExpected();
        return "Số liệu tổng hợp từ báo cáo của " + f.unitsReporting() + "/" + f.unitsExpected()
                + " đơn vị phải báo cáo (" + FORMAT.number(share, 1) + "%); chi tiết tại Phụ lục.";
    }

    private static String reporting(List<Due> dues) {
        if (dues.isEmpty()) {
            return "Chưa đối chiếu được lịch báo cáo của kỳ này.";
        }
        Map<String, Long> count = dues.stream().collect(Collectors.groupingBy(Due::status, Collectors.counting()));
        long received = count.getOrDefault("on_time", 0L) + count.getOrDefault("late", 0L);
        return "Đã nhận " + received + "/" + dues.size() + " báo cáo của các đơn vị phải báo cáo: đúng hạn "
                + count.getOrDefault("on_time", 0L) + ", muộn " + count.getOrDefault("late", 0L) + "; chưa nộp "
                + (count.getOrDefault("missing", 0L) + count.getOrDefault("pending", 0L)) + ".";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VIETNAMESE) + s.substring(1);
    }
}
