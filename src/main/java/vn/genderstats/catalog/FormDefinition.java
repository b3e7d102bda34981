package vn.genderstats.catalog;

/**
 * A form (biểu mẫu) the office issues: its number, the version of its layout, and who fills it. Its rows are
 * the data elements that tier and unit kind report.
 */
public record FormDefinition(String id, String version, String tier, String unitKind, LocalizedText title) {
}
