package vn.genderstats.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads .xlsx worksheets with POI's event API: the sheet XML is streamed through a SAX handler and only
 * non-empty cells are kept. The package is opened read-only, so the inbox file is never rewritten.
 * Hostile packages are refused by name: inflation is bounded (POI's ZipSecureFile), DOCTYPEs are refused
 * by POI's hardened XML parser, macro workbooks are refused, and a sheet stops being read past
 * {@link SheetGrid#MAX_ROWS}.
 */
final class XlsxGridReader {

    /** A form part is a few hundred kilobytes; nothing a unit sends needs more than this once inflated. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxGridReader() {
    }

    static List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (hasMacros(pkg)) {
                throw Rejections.macros();
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StyleFonts fonts = StyleFonts.read(pkg);
            Set<String> hidden = hiddenSheets(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<SheetGrid> grids = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetGrid grid = new SheetGrid(sheets.getSheetName(), hidden.contains(sheets.getSheetName()));
                    XMLReader xml = XMLHelper.newXMLReader();
                    SheetHandler handler = new SheetHandler(grid, strings, fonts);
                    xml.setContentHandler(handler);
                    try {
                        xml.parse(new InputSource(sheet));
                    } catch (TooManyRowsException e) {
                        throw Rejections.tooManyRows(grid.name());
                    } catch (TooManyCellsException e) {
                        throw Rejections.tooManyCells(grid.name());
                    }
                    handler.applyMerges();
                    grids.add(grid);
                }
            }
            return grids;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | RuntimeException e) {
            // POI refuses a part its content types do not list, so a VBA project slipped into an .xlsx fails the
            // package open: the zip's directory tells macros from damage (looked at only for files that failed).
            throw zipHoldsVbaProject(file) ? Rejections.macros() : Rejections.classify(".xlsx", e);
        }
    }

    /** Names of the sheets the workbook marks hidden or very hidden ({@code <sheet state="…">} in workbook.xml). */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attrs) {
                    String state = attrs.getValue("state");
                    if ("sheet".equals(localName) && state != null && !"visible".equals(state)) {
                        hidden.add(attrs.getValue("name"));
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return hidden;
    }

    /** The zip's directory names a VBA project; a file that is no readable zip is left to the package reader. */
    private static boolean zipHoldsVbaProject(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A macro-enabled workbook part, or a VBA project anywhere in the package. */
    private static boolean hasMacros(OPCPackage pkg) throws InvalidFormatException {
        if (!pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
            return true;
        }
        return pkg.getParts().stream().anyMatch(p -> p.getPartName().getName().toLowerCase(java.util.Locale.ROOT)
                .endsWith("vbaproject.bin"));
    }

    private static final class TooManyRowsException extends SAXException {
        TooManyRowsException() {
            super("too many rows");
        }
    }

    private static final class TooManyCellsException extends SAXException {
        TooManyCellsException() {
            super("too many cells");
        }
    }

    /**
     * Collects {@code <c>} elements: type, style, cached value ({@code <v>}), inline string, formula; and the
     * merged ranges. Rows and cells may leave out their {@code r} attribute (each then follows the one before),
     * so rows are counted, not taken from {@code r}, against {@link SheetGrid#MAX_ROWS}.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final SheetGrid grid;
        private final ReadOnlySharedStringsTable strings;
        private final StyleFonts fonts;
        private final StringBuilder chars = new StringBuilder();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private int rowIndex = -1;
        private int rowsSeen;
        private int colIndex = -1;
        private int cellsKept;
        private String type;
        private int style;
        private boolean hasFormula;
        private String cachedValue;
        private String inlineText;
        private boolean collecting;

        SheetHandler(SheetGrid grid, ReadOnlySharedStringsTable strings, StyleFonts fonts) {
            this.grid = grid;
            this.strings = strings;
            this.fonts = fonts;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attrs.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    colIndex = -1;
                    if (++rowsSeen > SheetGrid.MAX_ROWS || rowIndex >= SheetGrid.MAX_ROWS) {
                        throw new TooManyRowsException();
                    }
                }
                case "c" -> {
                    String r = attrs.getValue("r");
                    colIndex = r == null ? colIndex + 1 : new CellReference(r).getCol();
                    type = attrs.getValue("t");
                    String s = attrs.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    hasFormula = false;
                    cachedValue = null;
                    inlineText = null;
                }
                case "v", "t", "f" -> {
                    collecting = true;
                    chars.setLength(0);
                }
                case "mergeCell" -> {
                    String range = attrs.getValue("ref");
                    if (range != null && range.contains(":")) {
                        merges.add(CellRangeAddress.valueOf(range));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                chars.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> cachedValue = chars.toString();
                case "t" -> inlineText = inlineText == null ? chars.toString() : inlineText + chars;
                case "f" -> hasFormula = true;
                case "c" -> addCell();
                default -> {
                }
            }
            if (!"c".equals(localName)) {
                collecting = false;
            }
        }

        private void addCell() throws TooManyCellsException {
            if (rowIndex < 0 || colIndex < 0) {
                return;
            }
            SheetCell cell = cell(rowIndex, colIndex, fonts.fontOf(style));
            if (cell != null) {
                if (++cellsKept > SheetGrid.MAX_CELLS) {
                    throw new TooManyCellsException();
                }
                grid.put(cell);
            }
        }

        /** Called once the sheet is read: the merges come after the cells in the sheet's XML. */
        void applyMerges() {
            merges.forEach(m -> grid.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()));
        }

        private SheetCell cell(int row, int col, String font) {
            if ("inlineStr".equals(type)) {
                return text(row, col, inlineText, font);
            }
            if (cachedValue == null) {
                return hasFormula ? new SheetCell(row, col, CellKind.FORMULA_WITHOUT_VALUE, "", 0, font) : null;
            }
            return switch (type == null ? "n" : type) {
                case "s" -> text(row, col, strings.getItemAt(Integer.parseInt(cachedValue)).getString(), font);
                case "str" -> text(row, col, cachedValue, font);
                case "b" -> new SheetCell(row, col, CellKind.BOOLEAN, "1".equals(cachedValue) ? "TRUE" : "FALSE",
                        "1".equals(cachedValue) ? 1 : 0, font);
                case "e" -> new SheetCell(row, col, CellKind.ERROR, cachedValue, 0, font);
                default -> number(row, col, cachedValue, font);
            };
        }

        /** A number cell whose value is not a number at all is kept as its text, for the form reader to name. */
        private static SheetCell number(int row, int col, String value, String font) {
            try {
                return new SheetCell(row, col, CellKind.NUMBER, value, Double.parseDouble(value), font);
            } catch (NumberFormatException e) {
                return text(row, col, value, font);
            }
        }

        private static SheetCell text(int row, int col, String text, String font) {
            return text == null || text.isBlank() ? null : new SheetCell(row, col, CellKind.TEXT, text, 0, font);
        }
    }
}
