package vn.genderstats.submit;

import vn.genderstats.form.SdmxCsv;

/** The two ways consolidated figures travel upward. */
public enum ExportFormat {
    XLSX(".xlsx"),
    SDMX_CSV(SdmxCsv.EXTENSION);

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
