package vn.genderstats.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The report's fonts: Liberation Serif (metric-compatible with Times New Roman, the font of
 * Vietnamese administrative documents) for text and Liberation Sans for charts, all with the
 * full Vietnamese repertoire.
 *
 * <p>The TTFs are read once from the classpath as bytes (they sit inside a jar, possibly nested in
 * a Spring Boot fat jar, so there is no file path) and serve both OpenPDF, as embedded subset
 * Identity-H fonts, and Java2D, where they are registered so that JFreeChart measures text with
 * the same glyph widths the PDF will show. Works headless. The shared instance is thread-safe:
 * a {@link BaseFont} may be used by several documents, each of which writes its own subset.
 */
public final class ReportFonts {

    /** AWT family name under which the sans faces are registered. */
    public enum Face {
        SERIF_REGULAR("LiberationSerif-Regular.ttf"),
        SERIF_BOLD("LiberationSerif-Bold.ttf"),
        SERIF_ITALIC("LiberationSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("LiberationSerif-BoldItalic.ttf"),
        SANS_REGULAR("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf");

        private final String fileName;

        Face(String fileName) {
            this.fileName = fileName;
        }
    }

    private static final float BODY_SIZE = 12f;
    private static final float TABLE_SIZE = 10f;

    private final Map<Face, BaseFont> baseFonts = new EnumMap<>(Face.class);
    private final Map<Face, java.awt.Font> awtFonts = new EnumMap<>(Face.class);

    private ReportFonts() {
        for (Face face : Face.values()) {
            byte[] ttf = readClasspathFont(face.fileName);
            baseFonts.put(face, toBaseFont(face.fileName, ttf));
            awtFonts.put(face, toAwtFont(face.fileName, ttf));
        }
    }

    private static final class Holder {
        private static final ReportFonts INSTANCE = new ReportFonts();
    }

    /** The shared instance; the first call loads the fonts. */
    public static ReportFonts get() {
        return Holder.INSTANCE;
    }

    public BaseFont baseFont(Face face) {
        return baseFonts.get(face);
    }

    /** Body text, 12 pt serif. */
    public Font body() {
        return font(Face.SERIF_REGULAR, BODY_SIZE);
    }

    public Font bodyItalic() {
        return font(Face.SERIF_ITALIC, BODY_SIZE);
    }

    /** Level 1 = report title (16 pt), 2 = section (13 pt), 3 and deeper = subsection (12 pt); all bold. */
    public Font heading(int level) {
        float size = switch (level) {
            case 1 -> 16f;
            case 2 -> 13f;
            default -> BODY_SIZE;
        };
        return font(Face.SERIF_BOLD, size);
    }

    public Font tableText() {
        return font(Face.SERIF_REGULAR, TABLE_SIZE);
    }

    public Font tableHeader() {
        return font(Face.SERIF_BOLD, TABLE_SIZE);
    }

    /** A new OpenPDF font (fonts are mutable, so never shared). */
    public Font font(Face face, float size) {
        return new Font(baseFont(face), size);
    }

    /**
     * A Java2D sans font made from the bundled file itself, never looked up by its family name: a system font of
     * the same name (Debian's fonts-liberation, which LibreOffice brings) may lack Vietnamese letters.
     */
    public java.awt.Font awtSans(boolean bold, float size) {
        return awtFonts.get(bold ? Face.SANS_BOLD : Face.SANS_REGULAR).deriveFont(size);
    }

    private static byte[] readClasspathFont(String fileName) {
        String resource = "liberation/" + fileName;
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Font " + resource + " not on the classpath; is openpdf-fonts-extra a dependency?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont toBaseFont(String fileName, byte[] ttf) {
        try {
            // The name only has to end in ".ttf"; the glyphs come from the bytes.
            BaseFont font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font toAwtFont(String fileName, byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + fileName, e);
        }
    }
}
