package vn.genderstats.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The folders every command shares; defaults are the repository's own folders. */
class Folders {

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration: catalogue, hierarchy versions, calendar (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where PDFs, summaries, quarantine and logs are written (default: ${DEFAULT-VALUE}).")
    Path out;

    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("genderstats.jobs", jobs.toString());
        p.put("genderstats.reports", out.toString());
        return p;
    }
}
