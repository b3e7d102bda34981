package vn.genderstats.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.form.FormContent;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/**
 * Plausible figures for one unit and period, consistent by construction (male + female = total, a part
 * never above its whole) so that a generated file is flagged only where a flaw was planted.
 *
 * <p>The orders of magnitude follow domain.md: a commune of a few thousand people registers some
 * dozens of births a year, sex ratio at birth around 111 (Sơn La, Hưng Yên and Bắc Ninh near 118,
 * the south near 106), GBV counts small, 2 bodies per commune with a female key leader in about 45 %
 * of them (46.58 % reported for communes in 2024). Counts of events in a 6-month report are about half
 * of the year's; stocks (bodies, leaders, deputies) are not.
 */
final class FigureModel {

    /** Stocks: the state at the end of the period, not a flow over it. */
    private static final Set<String> STOCKS = Set.of("GOV_BODIES", "GOV_BODIES_FEMALE_KEY_LEADER", "KEY_LEADERS",
            "LEADERSHIP_POOL", "PC_DEPUTIES", "PARTY_COMMITTEE_MEMBERS", "SOCIAL_ASSISTANCE_FACILITIES",
            "SOCIAL_ASSISTANCE_FACILITIES_GBV");

    /** Events that happen in communes; a district's or province's own form does not repeat them. */
    private static final Set<String> COMMUNE_EVENTS = Set.of("LIVE_BIRTHS", "GBV_CASES_PHYSICAL",
            "GBV_CASES_PSYCHOLOGICAL", "GBV_CASES_SEXUAL", "GBV_CASES_ECONOMIC", "GBV_CASES_HANDLED", "GBV_VICTIMS",
            "GBV_VICTIMS_SUPPORTED", "GBV_PERPETRATORS_NOT_PROSECUTED", "GBV_PERPETRATORS_COUNSELLED",
            "TRAFFICKING_RETURNEES_IN_NEED", "TRAFFICKING_RETURNEES_SUPPORTED", "CHILD_MARRIAGE_CASES",
            "CONSANGUINEOUS_MARRIAGE_CASES", "CHILD_MARRIAGE_COUPLES_COUNSELLED", "CONVENTIONS_REVIEWED",
            "CONVENTIONS_NON_DISCRIMINATORY", "GBV_MODELS", "TRUSTED_ADDRESSES", "COMM_BROADCASTS");

    /** Sex ratio at birth by province (2021 grouping; domain.md §2), else the national level. */
    private static final Map<String, Double> SRB_BY_PROVINCE = Map.of("14", 118.2, "33", 118.1, "27", 117.7,
            "79", 106.5, "92", 106.0, "94", 105.8, "96", 106.2);

    private final Draws draws;
    private final AdminUnit unit;
    private final String provinceCode;
    private final Period period;
    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();
    private final double population;
    private final double amountScale;
    private final double halfYear;

    /**
     * {@code unitDraws} give what a unit keeps from one period to the next (its size, the scale of its budgets), so
     * that its figures move by chance and a little drift, not by a new draw of the unit; {@code draws} the rest.
     */
    FigureModel(Draws draws, Draws unitDraws, AdminUnit unit, String provinceCode, Period period) {
        this.draws = draws;
        this.unit = unit;
        this.provinceCode = provinceCode;
        this.period = period;
        this.population = unitDraws.logNormal(7_500, 0.55) * draws.logNormal(1, 0.03);
        this.amountScale = unitDraws.logNormal(1, 0.5);
        this.halfYear = period.kind() == Period.Kind.ANNUAL ? 1.0 : 0.5;
    }

    Map<String, BigDecimal> figures(List<DataElement> rows) {
        boolean commune = "commune".equals(unit.tier());
        for (DataElement e : rows) {
            if (!commune && COMMUNE_EVENTS.contains(e.code())) {
                continue;
            }
            generate(e);
        }
        return figures;
    }

    private void generate(DataElement e) {
        switch (e.code()) {
            case "GOV_BODIES" -> put(e, "T", unit.isTerritory() ? 2 : 1);
            case "GOV_BODIES_FEMALE_KEY_LEADER" -> put(e, "T", draws.binomial(get("GOV_BODIES"), femaleLeaderShare()));
            case "KEY_LEADERS" -> bySex(e, draws.between(3, 6), 0.22);
            case "LEADERSHIP_POOL" -> bySex(e, draws.between(8, 20), 0.38);
            case "PC_DEPUTIES" -> bySex(e, draws.between(20, 30), 0.29);
            case "PARTY_COMMITTEE_MEMBERS" -> bySex(e, draws.between(11, 15), 0.21);
            case "LIVE_BIRTHS" -> births(e);
            case "GBV_CASES_PHYSICAL" -> put(e, "T", events(0.00022));
            case "GBV_CASES_PSYCHOLOGICAL" -> put(e, "T", events(0.00012));
            case "GBV_CASES_SEXUAL" -> put(e, "T", events(0.00003));
            case "GBV_CASES_ECONOMIC" -> put(e, "T", events(0.00004));
            case "GBV_CASES_HANDLED" -> put(e, "T", draws.binomial(get("GBV_CASES_PHYSICAL") + get("GBV_CASES_PSYCHOLOGICAL")
                    + get("GBV_CASES_SEXUAL") + get("GBV_CASES_ECONOMIC"), 0.8));
            case "GBV_VICTIMS" -> bySexAndAge(e, get("GBV_CASES_PHYSICAL") + get("GBV_CASES_PSYCHOLOGICAL")
                    + get("GBV_CASES_SEXUAL") + get("GBV_CASES_ECONOMIC"), 0.88, 0.12);
            case "GBV_VICTIMS_SUPPORTED" -> partOf(e, "GBV_VICTIMS", 0.82);
            case "GBV_PERPETRATORS_NOT_PROSECUTED" -> bySex(e, draws.binomial(get("GBV_VICTIMS"), 0.8), 0.08);
            case "GBV_PERPETRATORS_COUNSELLED" -> partOf(e, "GBV_PERPETRATORS_NOT_PROSECUTED", 0.55);
            case "TRAFFICKING_RETURNEES_IN_NEED" -> bySex(e, events(0.00003), 0.85);
            case "TRAFFICKING_RETURNEES_SUPPORTED" -> partOf(e, "TRAFFICKING_RETURNEES_IN_NEED", 0.95);
            case "SOCIAL_ASSISTANCE_FACILITIES" -> put(e, "T", draws.between(2, 8));
            case "SOCIAL_ASSISTANCE_FACILITIES_GBV" -> put(e, "T", draws.binomial(get("SOCIAL_ASSISTANCE_FACILITIES"), 0.6));
            case "CONVENTIONS_REVIEWED" -> put(e, "T", draws.between(1, 6));
            case "CONVENTIONS_NON_DISCRIMINATORY" -> put(e, "T", draws.binomial(get("CONVENTIONS_REVIEWED"), 0.93));
            case "CHILD_MARRIAGE_CASES" -> put(e, "T", events(0.0001));
            case "CONSANGUINEOUS_MARRIAGE_CASES" -> put(e, "T", events(0.00001));
            case "CHILD_MARRIAGE_COUPLES_COUNSELLED" -> put(e, "T", draws.binomial(get("CHILD_MARRIAGE_CASES") + 2, 0.7));
            case "VIOLATIONS_HANDLED" -> put(e, "T", draws.binomial(get("VIOLATIONS_DETECTED"), 0.85));
            case "GE_BUDGET_SPENT" -> put(e, "T", get("GE_BUDGET_ALLOCATED") * draws.between(70, 100) / 100.0);
            default -> generic(e);
        }
    }

    private void generic(DataElement e) {
        if (e.valueType() == ValueType.YESNO) {
            put(e, "T", draws.chance(0.7) ? 1 : 0);
        } else if (e.valueType() == ValueType.AMOUNT) {
            put(e, "T", Math.round(draws.logNormal(scaleByTier(15) * amountScale, 0.2) * halfYear * 10) / 10.0);
        } else if (e.disaggregation() == Disaggregation.NONE) {
            put(e, "T", draws.poisson(scaleByTier(2.5) * halfYear));
        } else {
            bySex(e, draws.poisson(scaleByTier(40) * halfYear), 0.55);
        }
    }

    private void births(DataElement e) {
        long births = draws.poisson(population * 0.0145 * halfYear);
        double ratio = SRB_BY_PROVINCE.getOrDefault(provinceCode, 111.0);
        long boys = draws.binomial(births, ratio / (100 + ratio));
        put(e, "M", boys);
        put(e, "F", births - boys);
        put(e, "T", births);
    }

    private void bySex(DataElement e, long total, double femaleShare) {
        long female = draws.binomial(total, femaleShare);
        put(e, "T", total);
        put(e, "M", total - female);
        put(e, "F", female);
    }

    private void bySexAndAge(DataElement e, long total, double femaleShare, double childShare) {
        bySex(e, total, femaleShare);
        long childMale = draws.binomial(get(e.code(), "M"), childShare);
        long childFemale = draws.binomial(get(e.code(), "F"), childShare);
        put(e, "CHILD_M", childMale);
        put(e, "CHILD_F", childFemale);
        put(e, "CHILD_T", childMale + childFemale);
    }

    /** A subset of another element, cell by cell (supported victims among victims, by sex and age). */
    private void partOf(DataElement e, String whole, double share) {
        for (String key : e.disaggregation().keys()) {
            if (key.endsWith("T")) {
                continue;
            }
            put(e, key, draws.binomial(get(whole, key), share));
        }
        if (e.disaggregation() == Disaggregation.NONE) {
            put(e, "T", draws.binomial(get(whole), share));
            return;
        }
        put(e, "T", get(e.code(), "M") + get(e.code(), "F"));
        if (e.disaggregation() == Disaggregation.SEX_AGE) {
            long childMale = Math.min(get(e.code(), "M"), draws.binomial(get(whole, "CHILD_M"), share));
            long childFemale = Math.min(get(e.code(), "F"), draws.binomial(get(whole, "CHILD_F"), share));
            put(e, "CHILD_M", childMale);
            put(e, "CHILD_F", childFemale);
            put(e, "CHILD_T", childMale + childFemale);
        }
    }

    private long events(double perPerson) {
        return draws.poisson(population * perPerson * halfYear);
    }

    private double femaleLeaderShare() {
        double trend = 0.02 * (period.year() - 2021);
        return switch (unit.tier()) {
            case "commune" -> 0.42 + trend;
            case "district" -> 0.41 + trend;
            default -> unit.isTerritory() ? 0.70 : 0.45 + trend;
        };
    }

    private double scaleByTier(double communeLevel) {
        return switch (unit.tier()) {
            case "commune" -> communeLevel;
            case "district" -> communeLevel * 2;
            default -> communeLevel * 4;
        };
    }

    private void put(DataElement e, String disagg, double amount) {
        figures.put(FormContent.key(e.code(), disagg), BigDecimal.valueOf(amount).setScale(
                e.valueType() == ValueType.AMOUNT ? 1 : 0, RoundingMode.HALF_UP));
    }

    private long get(String element) {
        return get(element, "T");
    }

    private long get(String element, String disagg) {
        BigDecimal v = figures.get(FormContent.key(element, disagg));
        return v == null ? 0 : v.longValue();
    }
}
