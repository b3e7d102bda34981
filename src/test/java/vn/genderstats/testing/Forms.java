package vn.genderstats.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.CatalogLoader;
import vn.genderstats.catalog.FormDefinition;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.FormWriter;
import vn.genderstats.calendar.CalendarLoader;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.form.Templates;

/** Writes real .xlsx forms for tests: the unit's template with the figures a clerk would type in. */
public final class Forms {

    public static final Catalog CATALOG = CatalogLoader.load(Path.of("jobs/catalog.yaml"));

    private final String unitCode;
    private final String unitName;
    private final String tier;
    private Period period = Period.annual(2024);
    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();

    private Forms(String unitCode, String unitName, String tier) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.tier = tier;
    }

    public static Forms commune(String code, String name) {
        return new Forms(code, name, "commune");
    }

    public static Forms district(String code, String name) {
        return new Forms(code, name, "district");
    }

    public Forms period(Period p) {
        this.period = p;
        return this;
    }

    /** A figure, keyed as on the form: {@code "LIVE_BIRTHS.M"} or {@code "GOV_BODIES"} (total). */
    public Forms with(String key, long value) {
        figures.put(key.contains(".") ? key : key + ".T", BigDecimal.valueOf(value));
        return this;
    }

    public Forms births(int boys, int girls) {
        return with("LIVE_BIRTHS.M", boys).with("LIVE_BIRTHS.F", girls).with("LIVE_BIRTHS.T", boys + girls);
    }

    public Forms bodies(int bodies, int withFemaleKeyLeader) {
        return with("GOV_BODIES", bodies).with("GOV_BODIES_FEMALE_KEY_LEADER", withFemaleKeyLeader);
    }

    /**
     * The unit's own template with the figures in it (code and name as given, so a test can write a wrong
     * name); a unit the lists do not know (or a code left empty on
     * purpose) gets the same form of its tier with a generic receiving unit and no deadline.
     */
    private FormContent content() {
        Optional<AdminUnit> unit = Lazy.OFFICE.hierarchy().unit(period, unitCode);
        if (unit.isPresent()) {
            FormContent t = Lazy.OFFICE.templates().filled(unit.get(), period, figures, "vi");
            return new FormContent(t.formId(), t.formVersion(), t.title(), unitCode, unitName, t.receivingUnit(), period,
                    t.deadline(), t.rows(), figures, "vi");
        }
        FormDefinition form = CATALOG.form(tier, "territory").orElseThrow();
        return new FormContent(form.id(), form.version(), form.title(), unitCode, unitName,
                "Ủy ban nhân dân cấp trên", period, null, CATALOG.reportedBy(tier, "territory"), figures, "vi");
    }

    /** The office's lists and calendar, read once and only by the tests that write forms. */
    private record Office(Hierarchy hierarchy, Templates templates) {
    }

    private static final class Lazy {
        static final Office OFFICE = office();

        private static Office office() {
            Hierarchy hierarchy = HierarchyFiles.load(Path.of("jobs/hierarchy"));
            return new Office(hierarchy, new Templates(CATALOG, hierarchy, CalendarLoader.load(Path.of("jobs/calendar.yaml"))));
        }
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FormWriter.write(content(), file);
        return file;
    }
}
