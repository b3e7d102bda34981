package vn.genderstats.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.FormDefinition;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.period.Period;
import vn.genderstats.text.VietnameseLetters;

/**
 * What a unit's form holds for a period: the catalogue's form for its tier and kind (number, version,
 * title, rows), its own code and name, the unit it reports to (its parent) and the calendar's deadline.
 * Templates, generated test inboxes and fixtures are all made here, so they are the same layout.
 */
public final class Templates {

    /** Tiers a template can be asked for: the three territorial tiers and the provincial departments. */
    public static final List<String> TIERS = List.of("commune", "district", "province", "department");

    /** From 1 March 2025 gender equality moved from the labour ministry to the Ministry of Home Affairs. */
    private static final LocalDate HOME_AFFAIRS_FROM = LocalDate.of(2025, 3, 1);

    private final Catalog catalog;
    private final Hierarchy hierarchy;
    private final ReportingCalendar calendar;

    public Templates(Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar) {
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.calendar = calendar;
    }

    /** The unit with this code in the list of units in force for the period. */
    public AdminUnit unit(String code, Period period) {
        HierarchyVersion version = hierarchy.versionServing(period);
        return hierarchy.unit(version.id(), code).orElseThrow(() -> new IllegalArgumentException(
                "no unit " + code + " in the list of " + version.id() + " that serves " + period
                        + " / không có đơn vị mã " + code + " trong danh mục " + version.id()));
    }

    /** Every unit of a tier ({@link #TIERS}) that reports for the period, optionally only those under one unit. */
    public List<AdminUnit> unitsOfTier(String tier, Period period, String under) {
        if (!TIERS.contains(tier)) {
            throw new IllegalArgumentException("tier must be one of " + String.join(", ", TIERS) + ", not " + tier);
        }
        boolean department = "department".equals(tier);
        String unitTier = department ? "province" : tier;
        String kind = department ? "department" : "territory";
        return hierarchy.units(hierarchy.versionServing(period).id()).stream()
                .filter(u -> unitTier.equals(u.tier()) && kind.equals(u.kind()))
                .filter(u -> under == null || u.code().equals(under)
                        || hierarchy.ancestors(u).stream().anyMatch(a -> a.code().equals(under)))
                .sorted(Comparator.comparing(AdminUnit::code))
                .toList();
    }

    /** A blank template for the unit. */
    public FormContent blank(AdminUnit unit, Period period, String lang) {
        return filled(unit, period, Map.of(), lang);
    }

    /** The unit's form with figures keyed "ELEMENT.DISAGG". */
    public FormContent filled(AdminUnit unit, Period period, Map<String, BigDecimal> figures, String lang) {
        return content(unit, unit.kind(), period, figures, lang,
                receivingUnit(unit, period, lang));
    }

    /**
     * The national input form of a province: the official survey and registration figures (employment,
     * time use, maternal deaths…) the statistics office copies in for the province once a period.
     */
    public FormContent nationalInput(AdminUnit province, Period period, String lang) {
        if (!"province".equals(province.tier()) || !province.isTerritory()) {
            throw new IllegalArgumentException("the national input form is filled for a province, not for "
                    + province.code() + " " + province.name());
        }
        String receiver = "en".equals(lang) ? "Department of Home Affairs of " + province.name()
                : "Sở Nội vụ " + lowerFirst(province.name());
        return content(province, "national", period, Map.of(), lang, receiver);
    }

    private FormContent content(AdminUnit unit, String kind, Period period, Map<String, BigDecimal> figures,
            String lang, String receiver) {
        FormDefinition form = catalog.form(unit.tier(), kind).orElseThrow(() -> new IllegalArgumentException(
                "the catalogue has no form for " + unit.tier() + "/" + kind + " (unit " + unit.code() + ")"));
        return new FormContent(form.id(), form.version(), form.title(), unit.code(), unit.name(), receiver, period,
                calendar.deadline(unit, period).orElse(null), catalog.reportedBy(unit.tier(), kind), figures,
                "en".equals(lang) ? "en" : "vi");
    }

    /** "01489-xa-dinh-phong-2024.xlsx": code first, so a folder of templates sorts like the unit list. */
    public static String fileName(AdminUnit unit, Period period) {
        return unit.code() + "-" + VietnameseLetters.slug(unit.name()) + "-" + period.code() + ".xlsx";
    }

    private String receivingUnit(AdminUnit unit, Period period, String lang) {
        return receivingUnit(hierarchy, unit, period, lang);
    }

    /**
     * Whom a unit reports to: the parent's People's Committee in the unit's list; a province, the ministry in
     * charge of gender equality in the period (home affairs from 1 March 2025).
     */
    public static String receivingUnit(Hierarchy hierarchy, AdminUnit unit, Period period, String lang) {
        boolean en = "en".equals(lang);
        AdminUnit parent = unit.parentCode() == null ? null
                : hierarchy.unit(unit.versionId(), unit.parentCode()).orElse(null);
        if (parent == null || AdminUnit.NATION_CODE.equals(parent.code())) {
            boolean homeAffairs = !period.end().isBefore(HOME_AFFAIRS_FROM);
            return en ? (homeAffairs ? "Ministry of Home Affairs" : "Ministry of Labour, Invalids and Social Affairs")
                    : (homeAffairs ? "Bộ Nội vụ" : "Bộ Lao động - Thương binh và Xã hội");
        }
        return en ? "People's Committee of " + parent.name() : "Ủy ban nhân dân " + lowerFirst(parent.name());
    }

    /** "Huyện Trùng Khánh" → "huyện Trùng Khánh", as it reads after "Ủy ban nhân dân". */
    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
