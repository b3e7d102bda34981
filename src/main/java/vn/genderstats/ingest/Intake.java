package vn.genderstats.ingest;

import java.nio.file.Path;
import vn.genderstats.store.ReceivedFile;
import vn.genderstats.validate.Outcome;

/** One inbox file read and judged, ready to be stored. */
record Intake(Path source, ReceivedFile file, Outcome outcome) {
}
