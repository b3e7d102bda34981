package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written PDF back the way a reader's software would. */
public final class Pdfs {

    public record Read(String text, int pages, int vectorCharts, int images, String title, String language) {
    }

    private Pdfs() {
    }

    public static Read read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int forms = 0;
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    } else if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return new Read(new PDFTextStripper().getText(doc), doc.getNumberOfPages(), forms, images,
                    doc.getDocumentInformation().getTitle(), doc.getDocumentCatalog().getLanguage());
        }
    }
}
