package vn.genderstats.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The house style for report charts: print-friendly and readable in greyscale. Series differ by
 * grey shade and also by dash pattern and marker shape (lines) or hatching (bars), so a black and
 * white photocopy still tells them apart. Fonts are Liberation Sans at print sizes (1 chart unit =
 * 1 pt with {@link VectorChart}); numbers on axes and labels follow the report language.
 *
 * <p>Nothing here uses transparency or gradients, which keeps charts valid for PDF/A-1 and crisp
 * on office printers.
 */
public final class ChartStyle {

    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0x737373);
    private static final Color BAND = new Color(0xDDDDDD);
    private static final Color BAR_HIGHLIGHT = new Color(0x404040);
    private static final Color BAR_OTHER = new Color(0xBFBFBF);

    private static final Color[] LINE_PAINTS = {
        new Color(0x1A1A1A), new Color(0x595959), new Color(0x808080), new Color(0x333333)};
    private static final Color[] BAR_PAINTS = {
        new Color(0x4D4D4D), new Color(0xBFBFBF), Color.WHITE, new Color(0x8C8C8C)};
    private static final Stroke[] LINE_STROKES = {
        new BasicStroke(1.6f),
        new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f),
        new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 3f}, 0f),
        new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 2.5f, 1.5f, 2.5f}, 0f)};
    private static final Shape[] MARKER_SHAPES = {
        new Ellipse2D.Double(-2.75, -2.75, 5.5, 5.5),
        new Rectangle2D.Double(-2.5, -2.5, 5, 5),
        triangle(3.5),
        diamond(3.5)};
    private static final Stroke GRID_STROKE = new BasicStroke(0.4f);
    private static final Stroke TARGET_STROKE =
            new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);

    private final ReportFonts fonts;
    private final VietnameseFormat format;
    private final StandardChartTheme theme;

    public ChartStyle(VietnameseFormat format) {
        this.fonts = ReportFonts.get();
        this.format = format;
        this.theme = printTheme(fonts);
    }

    public static ChartStyle forLanguage(String lang) {
        return new ChartStyle(VietnameseFormat.forLanguage(lang));
    }

    /** Restyles {@code chart} in place (fonts, colours, series looks, number formats) and returns it. */
    public JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            styleXYPlot(xy);
        } else if (plot instanceof CategoryPlot category) {
            styleCategoryPlot(category);
        }
        return chart;
    }

    /**
     * A dashed target line at {@code value}, its label above the line's right end (when the line is
     * horizontal); {@link #addTarget} also picks the side where the label fits.
     */
    public ValueMarker targetMarker(double value, String label) {
        ValueMarker marker = new ValueMarker(value, TEXT, TARGET_STROKE);
        marker.setAlpha(1f);
        marker.setLabel(label);
        marker.setLabelFont(fonts.awtSans(false, 7.5f));
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(Color.WHITE); // JFreeChart's default is translucent grey
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
        return marker;
    }

    /**
     * Adds a target line on the value axis, widening the axis if needed so the line shows. The
     * label goes on the side of the line that faces the middle of the plot, so it cannot run off
     * the plot's edge.
     */
    public void addTarget(JFreeChart chart, double value, String label) {
        ValueMarker marker = targetMarker(value, label);
        boolean verticalLine;
        ValueAxis axis;
        if (chart.getPlot() instanceof CategoryPlot plot) {
            verticalLine = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            // Behind the bars, so the dashes do not cut through the bars and their value labels.
            plot.addRangeMarker(marker, Layer.BACKGROUND);
            axis = plot.getRangeAxis();
        } else {
            XYPlot plot = chart.getXYPlot();
            verticalLine = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            plot.addRangeMarker(marker);
            axis = plot.getRangeAxis();
        }
        if (!axis.getRange().contains(value)) {
            Range widened = Range.expandToInclude(axis.getRange(), value);
            axis.setRange(Range.expand(widened, 0.05, 0.05));
        }
        boolean highValue = value > axis.getRange().getCentralValue();
        if (verticalLine) {
            // At the line's bottom end, where a ranking's shortest bars leave room.
            marker.setLabelAnchor(highValue ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(highValue ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        } else {
            marker.setLabelAnchor(highValue ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(highValue ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        }
    }

    /**
     * Horizontal bars sorted from highest to lowest, each labelled with its value to
     * {@code decimals} places; the bar of {@code highlight} (e.g. the reporting province; may be
     * null) is drawn darker.
     */
    public JFreeChart barChartRanked(String title, String valueAxisLabel, List<String> labels,
            List<? extends Number> values, int decimals, String highlight) {
        requireSameSize(labels, values);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        IntStream.range(0, labels.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -values.get(i).doubleValue()))
                .forEach(i -> dataset.addValue(values.get(i), valueAxisLabel, labels.get(i)));
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, valueAxisLabel, dataset, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        int highlightColumn = highlight == null ? -1 : dataset.getColumnIndex(highlight);
        plot.setRenderer(new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == highlightColumn ? BAR_HIGHLIGHT : BAR_OTHER;
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return column == highlightColumn ? Color.WHITE : TEXT;
            }
        });
        apply(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", format.numberFormat(decimals)));
        renderer.setDefaultItemLabelFont(fonts.awtSans(false, 7.5f));
        renderer.setDefaultItemLabelsVisible(true);
        // Values sit inside the bar ends, where no target line can cross them; a bar too short
        // for its label gets it outside.
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        renderer.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getRangeAxis().setUpperMargin(0.05);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        wholeTicksFor(plot, decimals);
        return chart;
    }

    /**
     * Horizontal bars in groups, one bar per entry of {@code seriesByName} (e.g. men and women) for each
     * category, in the given order; the second series is hatched. A null value leaves its bar out.
     */
    public JFreeChart barChartGrouped(String title, String valueAxisLabel, List<String> categories,
            Map<String, ? extends List<? extends Number>> seriesByName, int decimals) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        seriesByName.forEach((name, values) -> {
            requireSameSize(categories, values);
            IntStream.range(0, categories.size()).forEach(i -> dataset.addValue(values.get(i), name, categories.get(i)));
        });
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, valueAxisLabel, dataset, PlotOrientation.HORIZONTAL, true, false, false);
        apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", format.numberFormat(decimals)));
        renderer.setDefaultItemLabelFont(fonts.awtSans(false, 7f));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getRangeAxis().setUpperMargin(0.15);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        wholeTicksFor(plot, decimals);
        return chart;
    }

    /**
     * Lines over years, one per entry of {@code seriesByName} (in map order, values aligned with
     * {@code years}, nulls leave gaps), with a dashed target line.
     */
    public JFreeChart lineTrend(String title, String valueAxisLabel, List<Integer> years,
            Map<String, ? extends List<? extends Number>> seriesByName, double target, String targetLabel) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        seriesByName.forEach((name, values) -> {
            requireSameSize(years, values);
            XYSeries series = new XYSeries(name, false, true);
            IntStream.range(0, years.size()).forEach(i -> series.add(years.get(i), values.get(i)));
            dataset.addSeries(series);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, null, valueAxisLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
        apply(chart);
        useYearAxis(chart.getXYPlot());
        addTarget(chart, target, targetLabel);
        return chart;
    }

    /**
     * One estimate per year drawn as a line inside a shaded band from {@code lower} to
     * {@code upper}, e.g. the sex ratio at birth with its 95% confidence interval; the band gets
     * its own legend entry {@code bandLabel}.
     */
    public JFreeChart intervalBand(String title, String valueAxisLabel, String seriesName, String bandLabel,
            List<Integer> years, List<? extends Number> estimates,
            List<? extends Number> lower, List<? extends Number> upper) {
        requireSameSize(years, estimates);
        requireSameSize(years, lower);
        requireSameSize(years, upper);
        YIntervalSeries series = new YIntervalSeries(seriesName);
        for (int i = 0; i < years.size(); i++) {
            series.add(years.get(i), estimates.get(i).doubleValue(),
                    lower.get(i).doubleValue(), upper.get(i).doubleValue());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, null, valueAxisLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new DeviationRenderer(true, true));
        apply(chart);
        useYearAxis(plot);
        LegendItemCollection legendItems = plot.getLegendItems();
        legendItems.add(new LegendItem(bandLabel, null, null, null,
                new Rectangle2D.Double(-6, -4, 12, 8), BAND));
        plot.setFixedLegendItems(legendItems);
        return chart;
    }

    private void styleXYPlot(XYPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(GRID_STROKE);
        styleValueAxis(plot.getRangeAxis());
        XYItemRenderer renderer = plot.getRenderer();
        int seriesCount = plot.getDataset() == null ? 0 : plot.getDataset().getSeriesCount();
        if (renderer instanceof XYLineAndShapeRenderer lines) {
            lines.setUseFillPaint(true);
            lines.setDrawOutlines(true);
            for (int s = 0; s < seriesCount; s++) {
                lines.setSeriesPaint(s, LINE_PAINTS[s % LINE_PAINTS.length]);
                lines.setSeriesStroke(s, LINE_STROKES[s % LINE_STROKES.length]);
                lines.setSeriesShape(s, MARKER_SHAPES[s % MARKER_SHAPES.length]);
                lines.setSeriesOutlineStroke(s, new BasicStroke(1f));
                // Alternate solid and hollow markers: one more cue that survives greyscale.
                lines.setSeriesFillPaint(s, s % 2 == 0 ? LINE_PAINTS[s % LINE_PAINTS.length] : Color.WHITE);
            }
        }
        if (renderer instanceof DeviationRenderer band) {
            band.setAlpha(1f); // an opaque light band prints better and needs no PDF transparency
            for (int s = 0; s < seriesCount; s++) {
                band.setSeriesFillPaint(s, BAND); // also fills the markers, outlined in the line colour
            }
        }
    }

    /** Counts (no decimals) get whole-number ticks: no "0,5 reports". */
    private static void wholeTicksFor(CategoryPlot plot, int decimals) {
        if (decimals == 0 && plot.getRangeAxis() instanceof NumberAxis numbers) {
            numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }

    /** Whole years as ticks, never "2,020" or "2.020". */
    private static void useYearAxis(XYPlot plot) {
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setAutoRangeIncludesZero(false);
        years.setLowerMargin(0.03);
        years.setUpperMargin(0.03);
    }

    private void styleCategoryPlot(CategoryPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(GRID_STROKE);
        styleValueAxis(plot.getRangeAxis());
        CategoryAxis categories = plot.getDomainAxis();
        categories.setCategoryMargin(0.25);
        categories.setAxisLinePaint(AXIS);
        CategoryItemRenderer renderer = plot.getRenderer();
        int seriesCount = plot.getDataset() == null ? 0 : plot.getDataset().getRowCount();
        if (renderer instanceof BarRenderer bars) {
            bars.setDrawBarOutline(true);
            bars.setItemMargin(0.05);
            for (int s = 0; s < seriesCount; s++) {
                bars.setSeriesPaint(s, BAR_PAINTS[s % BAR_PAINTS.length]);
                bars.setSeriesOutlinePaint(s, TEXT);
                bars.setSeriesOutlineStroke(s, new BasicStroke(0.5f));
            }
        } else if (renderer instanceof LineAndShapeRenderer lines) {
            for (int s = 0; s < seriesCount; s++) {
                lines.setSeriesPaint(s, LINE_PAINTS[s % LINE_PAINTS.length]);
                lines.setSeriesStroke(s, LINE_STROKES[s % LINE_STROKES.length]);
                lines.setSeriesShape(s, MARKER_SHAPES[s % MARKER_SHAPES.length]);
                lines.setSeriesShapesVisible(s, true);
            }
        }
    }

    private void styleValueAxis(ValueAxis axis) {
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        if (axis instanceof NumberAxis numbers) {
            numbers.setAutoRangeIncludesZero(false);
            NumberFormat tickFormat = format.numberFormat(0);
            tickFormat.setMaximumFractionDigits(2);
            numbers.setNumberFormatOverride(tickFormat);
        }
    }

    private static StandardChartTheme printTheme(ReportFonts fonts) {
        StandardChartTheme theme = new StandardChartTheme("genderstats-print");
        theme.setExtraLargeFont(fonts.awtSans(true, 10.5f));
        theme.setLargeFont(fonts.awtSans(false, 8.5f));
        theme.setRegularFont(fonts.awtSans(false, 8f));
        theme.setSmallFont(fonts.awtSans(false, 7.5f));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setBaselinePaint(AXIS);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new HatchedBarPainter());
        return theme;
    }

    private static void requireSameSize(List<?> keys, List<?> values) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(
                    "Expected %d values, got %d".formatted(keys.size(), values.size()));
        }
    }

    private static Shape triangle(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r * 0.8);
        p.lineTo(-r, r * 0.8);
        p.closePath();
        return p;
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    /**
     * Flat bars; every second series gets diagonal hatching drawn as vector lines (a
     * {@code TexturePaint} would be embedded by OpenPDF as a bitmap pattern).
     */
    private static final class HatchedBarPainter extends StandardBarPainter {

        private static final double SPACING = 3.5;
        private static final Stroke HATCH = new BasicStroke(0.5f);

        @Override
        public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column,
                RectangularShape bar, RectangleEdge base) {
            super.paintBar(g2, renderer, row, column, bar, base);
            if (row % 2 == 0) {
                return;
            }
            Shape savedClip = g2.getClip();
            Stroke savedStroke = g2.getStroke();
            g2.clip(bar);
            g2.setStroke(HATCH);
            g2.setPaint(TEXT);
            double x0 = bar.getMinX();
            double y1 = bar.getMaxY();
            double h = bar.getHeight();
            for (double x = x0 - h; x < bar.getMaxX(); x += SPACING) {
                g2.draw(new Line2D.Double(x, y1, x + h, y1 - h));
            }
            g2.setStroke(savedStroke);
            g2.setClip(savedClip);
        }
    }

    /** A second target line, dotted, without a label (the chart's subtitle names it): e.g. the 2030 target. */
    public void addDottedTarget(JFreeChart chart, double value) {
        ValueMarker marker = new ValueMarker(value, TEXT, new BasicStroke(0.8f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 2.5f}, 0f));
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(marker);
        ValueAxis axis = plot.getRangeAxis();
        if (!axis.getRange().contains(value)) {
            axis.setRange(Range.expand(Range.expandToInclude(axis.getRange(), value), 0.05, 0.05));
        }
    }

    /** A thin vertical line at {@code x} on a time axis, labelled at its top: e.g. the 1 July 2025 reform. */
    public void addDateMark(JFreeChart chart, double x, String label) {
        ValueMarker marker = new ValueMarker(x, GRID.darker(), new BasicStroke(0.6f));
        marker.setLabel(label);
        marker.setLabelFont(fonts.awtSans(false, 6.5f));
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        marker.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
        chart.getXYPlot().addDomainMarker(marker, Layer.BACKGROUND);
    }
}
