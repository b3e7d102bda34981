package vn.genderstats.ingest;

import java.nio.file.Path;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.validate.Outcome;

/**
 * One inbox file read and judged, ready to be stored: the unit's folder it came from (null: the inbox
 * itself), and the sheet the form was read from (null when the file could not be read as a workbook),
 * which the feedback workbook copies.
 */
record Intake(Path source, String folder, ReceivedFile file, Outcome outcome, SheetGrid formSheet) {
}
