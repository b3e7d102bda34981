package vn.genderstats.cli;

import java.nio.file.Path;
import vn.genderstats.calendar.CalendarLoader;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.CatalogLoader;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;

/** The office's configuration read straight from jobs/, for commands that need no database. */
record OfficeFiles(Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar) {

    static OfficeFiles load(Path jobs) {
        return new OfficeFiles(CatalogLoader.load(jobs.resolve("catalog.yaml")),
                HierarchyFiles.load(jobs.resolve("hierarchy")), CalendarLoader.load(jobs.resolve("calendar.yaml")));
    }
}
