package vn.genderstats.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What OpenPDF 3 does when asked for PDF/A-1b: it writes the PDF/A identification into XMP and
 * enforces embedded fonts and no transparency while writing, but leaves the output intent (an sRGB
 * ICC profile) to the caller and does not validate the result; use veraPDF for that.
 */
class PdfAConformanceTest {

    @TempDir
    Path tempDir;

    @Test
    void a_pdfa_1b_request_yields_pdfa_identification_an_output_intent_and_xmp_metadata() throws IOException {
        Path file = tempDir.resolve("bao-cao-pdfa.pdf");
        SampleReport.write(file, true);
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target", "sample-report-pdfa.pdf"), StandardCopyOption.REPLACE_EXISTING);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsAnyOf("<pdfaid:part>1</pdfaid:part>", "pdfaid:part=\"1\"");
            assertThat(xmp).containsAnyOf("<pdfaid:conformance>B</pdfaid:conformance>", "pdfaid:conformance=\"B\"");
            assertThat(xmp).contains(SampleReport.TITLE);
            assertThat(pdf.getDocumentCatalog().getOutputIntents())
                    .extracting(PDOutputIntent::getOutputConditionIdentifier)
                    .containsExactly("sRGB IEC61966-2.1");
            assertThat(pdf.getVersion()).isEqualTo(1.4f);
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
    }
}
