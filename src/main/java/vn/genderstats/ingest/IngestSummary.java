package vn.genderstats.ingest;

/** What an ingest run did with the inbox, as printed and written to reports/ingest-summary.json. */
public record IngestSummary(
        long jobExecutionId,
        long filesSeen,
        long accepted,
        long acceptedWithWarnings,
        long rejected,
        long skippedUnchanged,
        long valuesStored) {

    public boolean anyRejected() {
        return rejected > 0;
    }

    public String toText() {
        return """
                Ingest: %d file(s) seen / tệp đã xem
                  accepted / đã nhận:                     %d
                  accepted with warnings / nhận, có cảnh báo: %d
                  rejected / bị từ chối:                  %d
                  skipped, unchanged / bỏ qua, không đổi:  %d
                  values stored / giá trị đã lưu:         %d"""
                .formatted(filesSeen, accepted, acceptedWithWarnings, rejected, skippedUnchanged, valuesStored);
    }
}
