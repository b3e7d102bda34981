package vn.genderstats.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.genderstats.hierarchy.AdminUnit;

/**
 * {@code jobs/office.yaml}: who issues and signs a unit's official report. Every field may be left out and is
 * then taken from the level above: the unit's own entry, then {@code departments} (for a provincial
 * department), then {@code defaults}, then what the unit's name gives.
 */
public record OfficeSettings(Entry defaults, Entry departments, Map<String, Entry> units) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** One level of settings; null fields fall through to the level above. */
    public record Entry(String superior, String issuer, String number, String symbol, String place, Signer signer,
            List<String> recipients) {
    }

    /** The signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name. */
    public record Signer(String authority, String deputy, String title, String name) {
    }

    /**
     * What the document prints for one unit, every field resolved ("" where the office leaves it blank); a
     * line break in a body's name ("\n") is kept. Recipients without their closing ";" or ".".
     */
    record Letterhead(String superior, String issuer, String number, String symbol, String place, Signer signer,
            List<String> recipients) {
    }

    static final OfficeSettings DEFAULT = new OfficeSettings(null, null, Map.of());

    public OfficeSettings {
        units = units == null ? Map.of() : Map.copyOf(units);
    }

    /** Without the file, the built-in defaults serve. */
    public static OfficeSettings load(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try (InputStream in = Files.newInputStream(file)) {
            OfficeSettings settings = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build().readValue(in, OfficeSettings.class);
            return settings == null ? DEFAULT : settings;
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(file + ": not valid office settings / thiết lập văn bản không hợp lệ: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The letterhead of {@code unit}; {@code parent} is the unit above it in the same list (null for a
     * province), {@code receiver} the body it reports to.
     */
    Letterhead letterhead(AdminUnit unit, AdminUnit parent, String receiver) {
        boolean department = !unit.isTerritory();
        List<Entry> levels = new ArrayList<>();
        levels.add(units.get(unit.code()));
        if (department) {
            levels.add(departments);
        }
        levels.add(defaults);
        levels.add(builtIn(unit, parent, department));
        Signer signer = new Signer(
                first(levels, e -> e.signer() == null ? null : e.signer().authority()),
                first(levels, e -> e.signer() == null ? null : e.signer().deputy()),
                first(levels, e -> e.signer() == null ? null : e.signer().title()),
                first(levels, e -> e.signer() == null ? null : e.signer().name()));
        List<String> recipients = levels.stream().filter(e -> e != null && e.recipients() != null).findFirst()
                .map(Entry::recipients).orElseThrow().stream()
                .map(r -> r.replace("{receiver}", receiver).replaceFirst("[.;]+$", "")).toList();
        return new Letterhead(first(levels, Entry::superior), first(levels, Entry::issuer),
                first(levels, Entry::number), first(levels, Entry::symbol), first(levels, Entry::place), signer,
                recipients);
    }

    private static String first(List<Entry> levels, Function<Entry, String> field) {
        return levels.stream().filter(e -> e != null && field.apply(e) != null).map(field).findFirst().orElse("");
    }

    private static Entry builtIn(AdminUnit unit, AdminUnit parent, boolean department) {
        if (department) {
            String province = parent == null ? "" : parent.name();
            String issuer = unit.name().replace(" " + lowerFirst(province), "").replace(" " + province, "");
            String symbol = "BC-" + unit.code().replaceFirst("^[^-]*-", "");
            return new Entry(parent == null ? "" : "ỦY BAN NHÂN DÂN\n" + upper(province), upper(issuer), "", symbol,
                    place(parent == null ? unit : parent), new Signer("", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""),
                    List.of("{receiver}", "Lưu: VT."));
        }
        // Decree 30 prints the body's name over two lines: "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG".
        return new Entry("", "ỦY BAN NHÂN DÂN\n" + upper(unit.name()), "", "BC-UBND", place(unit),
                new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", ""),
                List.of("{receiver}", "Lưu: VT."));
    }

    /** "Tỉnh Cao Bằng" → "Cao Bằng", "Huyện Trùng Khánh" → "Trùng Khánh": the place of the dateline. */
    static String place(AdminUnit unit) {
        return unit.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường|Đặc khu) ", "");
    }

    private static String upper(String s) {
        return s.toUpperCase(VIETNAMESE);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VIETNAMESE) + s.substring(1);
    }
}
