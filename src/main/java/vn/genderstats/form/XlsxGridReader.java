package vn.genderstats.form;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads .xlsx worksheets with a streaming parse of our own: the package's parts are inflated from the bytes
 * already in memory ({@link XlsxPackage}, with its zip-bomb bounds) and parsed with the JDK's StAX parser: the
 * workbook (sheet names, hidden sheets), the shared strings, the styles' font names, each sheet's non-empty
 * cells and merged ranges, and the template's stamp. Nothing is written back. Hostile packages are refused by
 * name: macros (a macro-enabled content type or a VBA project anywhere), a DOCTYPE in any part (Excel never
 * writes one; no DTD is read, no entity resolved), and a sheet past {@link SheetGrid#MAX_ROWS} rows or
 * {@link SheetGrid#MAX_CELLS} cells stops being read.
 */
final class XlsxGridReader {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";
    private static final String SHARED_STRINGS = "/sharedStrings";
    private static final String STYLES = "/styles";

    /**
     * A factory per thread: Aalto's, named, not one found by a class-path scan; no DTD, no external entity (Aalto
     * reads no external DTD at all, and has no property for it).
     */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    });

    private XlsxGridReader() {
    }

    static WorkbookSheets read(byte[] bytes) throws UnreadableWorkbookException {
        try (XlsxPackage pkg = XlsxPackage.open(bytes)) {
            if (pkg.anyNameEndsWith("vbaProject.bin") || macroContentType(pkg)) {
                throw Rejections.macros();
            }
            String workbook = target(pkg, "_rels/.rels", "", OFFICE_DOCUMENT)
                    .orElseThrow(() -> new IOException("the package names no workbook"));
            Map<String, Relation> relations = relations(pkg, workbook);
            List<Relation> listed = new ArrayList<>();
            Map<String, Boolean> hidden = new HashMap<>();
            listSheets(pkg, workbook, relations, listed, hidden);
            List<String> strings = sharedStrings(pkg, relations);
            StyleFonts fonts = styleFonts(pkg, relations);
            List<SheetGrid> grids = new ArrayList<>();
            for (Relation sheet : listed) {
                grids.add(sheet(pkg, sheet, hidden.get(sheet.name), strings, fonts));
            }
            return new WorkbookSheets(grids, stamp(pkg));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw inflatedTooFar(e) ? Rejections.zipBomb(e) : Rejections.corrupt(".xlsx", e);
        }
    }

    /** A bound passed while inflating, also when the XML parser met it and wrapped it in its own exception. */
    private static boolean inflatedTooFar(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof XlsxPackage.ZipBombException) {
                return true;
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : t.getCause();
        }
        return false;
    }

    /** A relationship of a part: its id, type, the part it points to (resolved) and, for a sheet, its name. */
    private record Relation(String id, String type, String part, String name) {
        Relation named(String sheetName) {
            return new Relation(id, type, part, sheetName);
        }
    }

    private static boolean macroContentType(XlsxPackage pkg) throws IOException, XMLStreamException,
            UnreadableWorkbookException {
        try (Parse p = Parse.of(pkg, "[Content_Types].xml")) {
            if (p == null) {
                throw new IOException("the package has no content types");
            }
            while (p.nextStart()) {
                String type = p.r.getAttributeValue(null, "ContentType");
                // macroEnabled workbooks, Excel 4 macro sheets, VBA projects: any is a macro workbook
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("macro")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first relationship of this type in a rels part, resolved against the source part's folder. */
    private static Optional<String> target(XlsxPackage pkg, String relsPart, String sourceFolder, String type)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        return readRelations(pkg, relsPart, sourceFolder).values().stream().filter(r -> r.type.endsWith(type))
                .map(Relation::part).findFirst();
    }

    private static Map<String, Relation> relations(XlsxPackage pkg, String workbook)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        return readRelations(pkg, folder + "_rels/" + workbook.substring(slash + 1) + ".rels", folder);
    }

    private static Map<String, Relation> readRelations(XlsxPackage pkg, String relsPart, String folder)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        Map<String, Relation> relations = new HashMap<>();
        try (Parse p = Parse.of(pkg, relsPart)) {
            if (p == null) {
                return relations;
            }
            while (p.nextStart()) {
                if (!"Relationship".equals(p.r.getLocalName())
                        || "External".equals(p.r.getAttributeValue(null, "TargetMode"))) {
                    continue;
                }
                String id = p.r.getAttributeValue(null, "Id");
                String type = p.r.getAttributeValue(null, "Type");
                String target = p.r.getAttributeValue(null, "Target");
                if (id != null && type != null && target != null) {
                    relations.putIfAbsent(id, new Relation(id, type, resolve(folder, target), null));
                }
            }
        }
        return relations;
    }

    /** A relationship target: absolute from the package root when it starts with "/", else from the folder. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** The workbook's {@code <sheet name r:id state>} list, in order, keeping the worksheets. */
    private static void listSheets(XlsxPackage pkg, String workbook, Map<String, Relation> relations,
            List<Relation> listed, Map<String, Boolean> hidden)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        try (Parse p = Parse.of(pkg, workbook)) {
            if (p == null) {
                throw new IOException("the workbook part " + workbook + " is missing");
            }
            while (p.nextStart()) {
                if (!"sheet".equals(p.r.getLocalName())) {
                    continue;
                }
                String name = p.r.getAttributeValue(null, "name");
                String id = relationshipId(p.r);
                Relation relation = id == null ? null : relations.get(id);
                if (name == null || relation == null || !relation.type.endsWith(WORKSHEET)) {
                    continue;
                }
                String state = p.r.getAttributeValue(null, "state");
                hidden.put(name, state != null && !"visible".equals(state));
                listed.add(relation.named(name));
            }
        }
    }

    /** The {@code r:id} attribute, whatever prefix the relationships namespace has. */
    private static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if ("id".equals(r.getAttributeLocalName(i)) && r.getAttributeNamespace(i) != null
                    && r.getAttributeNamespace(i).endsWith("/relationships")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Optional<Relation> relation(Map<String, Relation> relations, String type) {
        return relations.values().stream().filter(r -> r.type.endsWith(type)).findFirst();
    }

    /** Each {@code <si>}'s text: its {@code <t>} runs joined, phonetic guides ({@code <rPh>}) left out. */
    private static List<String> sharedStrings(XlsxPackage pkg, Map<String, Relation> relations)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        List<String> strings = new ArrayList<>();
        Optional<Relation> part = relation(relations, SHARED_STRINGS);
        if (part.isEmpty()) {
            return strings;
        }
        try (Parse p = Parse.of(pkg, part.get().part)) {
            if (p == null) {
                return strings;
            }
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (p.r.hasNext()) {
                int event = p.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (p.r.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = p.r.getElementText();
                            if (phonetic == 0) {
                                text.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (p.r.getLocalName()) {
                        case "si" -> strings.add(text.toString());
                        case "rPh" -> phonetic--;
                        default -> { }
                    }
                }
            }
        }
        return strings;
    }

    private static StyleFonts styleFonts(XlsxPackage pkg, Map<String, Relation> relations)
            throws IOException, XMLStreamException, UnreadableWorkbookException {
        Optional<Relation> part = relation(relations, STYLES);
        if (part.isEmpty()) {
            return StyleFonts.NONE;
        }
        try (Parse p = Parse.of(pkg, part.get().part)) {
            return p == null ? StyleFonts.NONE : StyleFonts.read(p);
        }
    }

    private static Optional<FormStamp> stamp(XlsxPackage pkg) {
        try (Parse p = Parse.of(pkg, FormStamp.PART)) {
            return p == null ? Optional.empty() : FormStamp.read(p);
        } catch (IOException | XMLStreamException | UnreadableWorkbookException | RuntimeException e) {
            return Optional.empty();   // a stamp that cannot be read is no stamp: the cells still say the form
        }
    }

    /**
     * The non-empty cells of one sheet: type, style, cached value ({@code <v>}), inline string, formula; then the
     * merged ranges. Rows and cells may leave out their {@code r} attribute (each then follows the one before),
     * so rows are counted, not taken from {@code r}, against {@link SheetGrid#MAX_ROWS}.
     */
    private static SheetGrid sheet(XlsxPackage pkg, Relation sheet, boolean hidden, List<String> strings,
            StyleFonts fonts) throws IOException, XMLStreamException, UnreadableWorkbookException {
        SheetGrid grid = new SheetGrid(sheet.name, hidden);
        try (Parse p = Parse.of(pkg, sheet.part)) {
            if (p == null) {
                throw new IOException("the sheet part " + sheet.part + " is missing");
            }
            new SheetCells(p, grid, strings, fonts).read();
        }
        return grid;
    }

    private static final class SheetCells {
        private final Parse p;
        private final SheetGrid grid;
        private final List<String> strings;
        private final StyleFonts fonts;
        private final List<int[]> merges = new ArrayList<>();
        private int rowIndex = -1;
        private int rowsSeen;
        private int colIndex = -1;
        private int cellsKept;

        SheetCells(Parse p, SheetGrid grid, List<String> strings, StyleFonts fonts) {
            this.p = p;
            this.grid = grid;
            this.strings = strings;
            this.fonts = fonts;
        }

        void read() throws XMLStreamException, UnreadableWorkbookException, IOException {
            XMLStreamReader r = p.r;
            while (p.nextStart()) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String ref = r.getAttributeValue(null, "r");
                        rowIndex = ref == null ? rowIndex + 1 : Integer.parseInt(ref.strip()) - 1;
                        colIndex = -1;
                        if (++rowsSeen > SheetGrid.MAX_ROWS || rowIndex >= SheetGrid.MAX_ROWS) {
                            throw Rejections.tooManyRows(grid.name());
                        }
                    }
                    case "c" -> cell();
                    case "mergeCell" -> {
                        String range = r.getAttributeValue(null, "ref");
                        if (range != null && range.contains(":")) {
                            int colon = range.indexOf(':');
                            merges.add(new int[] {rowOf(range.substring(0, colon)), columnOf(range.substring(0, colon)),
                                rowOf(range.substring(colon + 1)), columnOf(range.substring(colon + 1))});
                        }
                    }
                    default -> { }
                }
            }
            // the merges come after the cells in the sheet's XML
            merges.forEach(m -> grid.merge(m[0], m[1], m[2], m[3]));
        }

        /** One {@code <c>} element, read to its end. */
        private void cell() throws XMLStreamException, UnreadableWorkbookException, IOException {
            XMLStreamReader r = p.r;
            String ref = r.getAttributeValue(null, "r");
            colIndex = ref == null ? colIndex + 1 : columnOf(ref);
            String type = r.getAttributeValue(null, "t");
            String s = r.getAttributeValue(null, "s");
            int style = s == null ? 0 : Integer.parseInt(s.strip());
            boolean hasFormula = false;
            String cachedValue = null;
            StringBuilder inline = null;
            int depth = 1;
            while (depth > 0) {
                int event = p.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "v" -> cachedValue = r.getElementText();
                        case "f" -> {
                            r.getElementText();
                            hasFormula = true;
                        }
                        case "t" -> {
                            inline = inline == null ? new StringBuilder() : inline;
                            inline.append(r.getElementText());
                        }
                        default -> depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (rowIndex < 0 || colIndex < 0) {
                return;
            }
            SheetCell cell = cell(type, hasFormula, cachedValue, inline == null ? null : inline.toString(),
                    fonts.fontOf(style));
            if (cell != null) {
                if (++cellsKept > SheetGrid.MAX_CELLS) {
                    throw Rejections.tooManyCells(grid.name());
                }
                grid.put(cell);
            }
        }

        private SheetCell cell(String type, boolean hasFormula, String cachedValue, String inlineText, String font) {
            int row = rowIndex;
            int col = colIndex;
            if ("inlineStr".equals(type)) {
                return text(row, col, inlineText, font);
            }
            if (cachedValue == null) {
                return hasFormula ? new SheetCell(row, col, CellKind.FORMULA_WITHOUT_VALUE, "", 0, font) : null;
            }
            return switch (type == null ? "n" : type) {
                case "s" -> text(row, col, strings.get(Integer.parseInt(cachedValue.strip())), font);
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

    /** Zero-based column of an A1 reference ("AB12" → 27); three letters at most, as Excel's XFD. */
    private static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || i == 3) {
                throw new IllegalArgumentException("not a cell reference: " + ref);
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("not a cell reference: " + ref);
        }
        return col - 1;
    }

    /** Zero-based row of an A1 reference ("AB12" → 11). */
    private static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return Integer.parseInt(ref.substring(i)) - 1;
    }

    /**
     * One part's StAX parse. Every event passes {@link #next()}, which refuses a DOCTYPE when it is met: Excel
     * never writes one, and with DTDs off no declaration in it is read or expanded.
     */
    static final class Parse implements AutoCloseable {
        final XMLStreamReader r;
        private final InputStream in;

        private Parse(InputStream in) throws XMLStreamException {
            this.in = in;
            this.r = XML.get().createXMLStreamReader(in);
        }

        /** The parse of a part; null when the package has no such part. */
        static Parse of(XlsxPackage pkg, String part) throws IOException, XMLStreamException {
            InputStream in = pkg.open(part);
            if (in == null) {
                return null;
            }
            try {
                return new Parse(in);
            } catch (XMLStreamException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        int next() throws XMLStreamException, UnreadableWorkbookException {
            int event = r.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
                    || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw Rejections.xmlEntities(new XMLStreamException("DOCTYPE in a package part"));
            }
            return event;
        }

        /** Moves to the next start tag; false at the end of the part. */
        boolean nextStart() throws XMLStreamException, UnreadableWorkbookException {
            while (r.hasNext()) {
                if (next() == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            try {
                r.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            } finally {
                in.close();
            }
        }
    }
}
