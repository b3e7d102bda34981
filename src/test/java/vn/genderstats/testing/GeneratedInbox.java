package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** An inbox of clean generated forms for one unit's subtree (the generator's manifest is not left in it). */
public final class GeneratedInbox {

    private GeneratedInbox() {
    }

    public static Path write(Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar, String subtree,
            Period period, Path inbox) throws IOException {
        new FormGenerator(catalog, hierarchy, calendar).generate(
                new FormGenerator.Request(null, List.of(period), inbox, 20261123L, subtree, 0.0, 2),
                new FormGenerator.Progress() {
                    @Override
                    public void start(long total) {
                    }

                    @Override
                    public void step() {
                    }
                });
        Files.delete(inbox.resolve("manifest.csv"));
        return inbox;
    }
}
