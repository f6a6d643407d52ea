package io.partnerdesk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.partnerdesk.benchmarks.Results.LatencyPair;
import io.partnerdesk.benchmarks.load.OperationResult;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume.StepResult;

/**
 * The report's two charts as plain SVG (no library, no script): line charts with labelled axes and a legend, small
 * enough to commit and to read in a diff. Written by the run beside the report.
 */
final class SvgCharts {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b" };

    /** One line: its name in the legend, its points (x, y) in chart units, and whether it is drawn dashed. */
    record Series(String name, String colour, List<double[]> points, boolean dashed) {
    }

    /** A tick on the x axis: where (chart units) and what it says. */
    record Tick(double at, String label) {
    }

    private SvgCharts() {
    }

    /**
     * Latency by percentile, direct and through the gateway, every round of section 2. The x axis is HdrHistogram's:
     * log10(1 / (1 − p)), so the tail from p90 to p99.99 gets as much room as the body.
     */
    static String latency(Results.AddedLatency latency) {
        List<Series> series = new ArrayList<>();
        for (int round = 0; round < latency.rounds().size(); round++) {
            LatencyPair pair = latency.rounds().get(round);
            series.add(new Series("direct, round " + (round + 1), COLOURS[0], percentileCurve(pair.direct().only()),
                    round > 0));
            series.add(new Series("gateway, round " + (round + 1), COLOURS[1], percentileCurve(pair.gateway().only()),
                    round > 0));
        }
        List<Tick> ticks = List.of(new Tick(0, "p0"), new Tick(1, "p90"), new Tick(2, "p99"), new Tick(3, "p99.9"),
                new Tick(4, "p99.99"));
        return chart(String.format(Locale.ROOT, "GET subscription at %d calls/s: latency by percentile",
                Math.round(latency.rate())), "percentile", "latency ms", series, ticks, null);
    }

    /** Each Message Center operation's median latency against the number of messages (log scale), with the target. */
    static String volume(List<StepResult> steps) {
        List<Series> series = new ArrayList<>();
        for (int op = 0; op < MessageCenterVolume.OPERATIONS.size(); op++) {
            List<double[]> points = new ArrayList<>();
            for (StepResult step : steps) {
                points.add(new double[]{ Math.log10(step.step().total()), step.measures().get(op).median() });
            }
            series.add(new Series(MessageCenterVolume.OPERATIONS.get(op), COLOURS[op % COLOURS.length], points,
                    false));
        }
        List<Tick> ticks = steps.stream().map(step -> new Tick(Math.log10(step.step().total()),
                String.format(Locale.ROOT, "%,d", step.step().total()))).toList();
        return chart("Message Center, a customer's calls through the gateway, by volume", "messages in the database",
                "median latency ms", series, ticks, Targets.VOLUME_MILLIS);
    }

    private static List<double[]> percentileCurve(OperationResult result) {
        List<double[]> points = new ArrayList<>();
        for (double x = 0; x <= 4.0001; x += 0.05) {
            double percentile = 100 * (1 - Math.pow(10, -x));
            points.add(new double[]{ x, result.percentileMillis(Math.min(percentile, 99.99)) });
        }
        return points;
    }

    private static String chart(String title, String xLabel, String yLabel, List<Series> series, List<Tick> ticks,
            Double target) {
        double minX = Math.min(ticks.stream().mapToDouble(Tick::at).min().orElse(0),
                series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).min().orElse(0));
        double maxX = Math.max(ticks.stream().mapToDouble(Tick::at).max().orElse(1),
                series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1));
        if (maxX - minX < 1e-9) {
            minX -= 0.5;
            maxX += 0.5;
        }
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1])
                .filter(Double::isFinite).max().orElse(1);
        if (target != null) {
            maxY = Math.max(maxY, target);
        }
        maxY = niceCeiling(maxY * 1.05);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double x0 = minX;
        double xSpan = maxX - minX;
        double yMax = maxY;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + (x - x0) / xSpan * plotWidth;
        java.util.function.DoubleUnaryOperator py = y -> TOP + plotHeight - Math.min(y, yMax) / yMax * plotHeight;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(
                String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                        LEFT, escape(title)));
        for (int i = 0; i <= 5; i++) {
            double y = yMax * i / 5;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT, py.applyAsDouble(y), LEFT + plotWidth, py.applyAsDouble(y), LEFT - 6,
                    py.applyAsDouble(y) + 4, label(y)));
        }
        for (Tick tick : ticks) {
            double x = px.applyAsDouble(tick.at());
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
                    x, TOP, x, TOP + plotHeight, x, TOP + plotHeight + 16, escape(tick.label())));
        }
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#333\"/>%n", LEFT, TOP,
                plotWidth, plotHeight));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotWidth / 2, HEIGHT - 12, escape(xLabel)));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">%s</text>%n",
                TOP + plotHeight / 2, TOP + plotHeight / 2, escape(yLabel)));
        if (target != null) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-dasharray=\"2 3\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">target %s ms</text>%n",
                    LEFT, py.applyAsDouble(target), LEFT + plotWidth, py.applyAsDouble(target), LEFT + plotWidth - 4,
                    py.applyAsDouble(target) - 4, label(target)));
        }
        int legend = 0;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (double[] p : s.points()) {
                if (Double.isFinite(p[1])) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(p[0]),
                            py.applyAsDouble(p[1])));
                }
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n", s.colour(),
                    s.dashed() ? " stroke-dasharray=\"6 4\" stroke-opacity=\"0.6\"" : "", points.toString().trim()));
            if (s.points().size() <= 10) {
                for (double[] p : s.points()) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                            px.applyAsDouble(p[0]), py.applyAsDouble(p[1]), s.colour()));
                }
            }
            double ly = TOP + 10 + legend * 18;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                            + "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n",
                    LEFT + plotWidth + 10, ly, LEFT + plotWidth + 34, ly, s.colour(),
                    s.dashed() ? " stroke-dasharray=\"6 4\"" : "", LEFT + plotWidth + 40, ly + 4, escape(s.name())));
            legend++;
        }
        return svg.append("</svg>\n").toString();
    }

    /** The smallest 1, 2 or 5 × 10^n at or above {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{ 1, 2, 5, 10 }) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
