package org.flowtrace.api.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowtrace.analytics.tracing.Figures;
import org.flowtrace.analytics.tracing.RestitutionSchedule;
import org.flowtrace.api.demo.Html;

/**
 * Writes a restitution schedule: three CSV files a court can annex (columns in docs/tracing.md) and
 * one self-contained HTML page with the tables, the arithmetic and a flow picture per victim.
 */
public final class RestitutionOutput {

    public static final String SCHEDULE = "restitution-schedule.csv";
    public static final String ENDPOINTS = "restitution-endpoints.csv";
    public static final String VICTIMS = "restitution-victims.csv";
    public static final String PAGE = "restitution.html";

    private RestitutionOutput() {}

    /** Writes the four files into {@code folder}; returns their paths. */
    public static List<Path> write(RestitutionSchedule schedule, Path folder) {
        try {
            Files.createDirectories(folder);
            var files = List.of(
                    folder.resolve(SCHEDULE), folder.resolve(ENDPOINTS), folder.resolve(VICTIMS), folder.resolve(PAGE));
            Files.writeString(files.get(0), scheduleCsv(schedule), StandardCharsets.UTF_8);
            Files.writeString(files.get(1), endpointsCsv(schedule), StandardCharsets.UTF_8);
            Files.writeString(files.get(2), victimsCsv(schedule), StandardCharsets.UTF_8);
            Files.writeString(
                    files.get(3),
                    Html.page(
                            "flowtrace restitution schedule ("
                                    + schedule.method().name() + ")",
                            section(schedule, 1)),
                    StandardCharsets.UTF_8);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schedule into " + folder, e);
        }
    }

    static String scheduleCsv(RestitutionSchedule schedule) {
        var csv = new StringBuilder(CsvText.line(
                "method",
                "victim",
                "name",
                "endpoint",
                "paid_in_usd",
                "traced_usd",
                "claim_usd",
                "awarded_usd",
                "arithmetic"));
        for (var line : schedule.lines()) {
            csv.append(CsvText.line(
                    schedule.method().name(),
                    line.victim(),
                    line.name(),
                    line.endpoint(),
                    line.paidIn().toPlainString(),
                    line.traced().toPlainString(),
                    line.claim().toPlainString(),
                    line.awarded().toPlainString(),
                    line.arithmetic()));
        }
        return csv.toString();
    }

    static String endpointsCsv(RestitutionSchedule schedule) {
        var csv = new StringBuilder(CsvText.line(
                "method",
                "endpoint",
                "available_usd",
                "basis",
                "claims_usd",
                "awarded_usd",
                "remainder_usd",
                "arithmetic",
                "freezable"));
        for (var e : schedule.endpoints()) {
            csv.append(CsvText.line(
                    schedule.method().name(),
                    e.endpoint(),
                    e.available().toPlainString(),
                    e.basis(),
                    e.claims().toPlainString(),
                    e.awarded().toPlainString(),
                    e.remainder().toPlainString(),
                    e.arithmetic(),
                    String.join("; ", e.freezable())));
        }
        return csv.toString();
    }

    static String victimsCsv(RestitutionSchedule schedule) {
        var csv = new StringBuilder(
                CsvText.line("method", "victim", "name", "transfers", "paid_in_usd", "claims_usd", "awarded_usd"));
        for (var v : schedule.victims()) {
            csv.append(CsvText.line(
                    schedule.method().name(),
                    v.victim(),
                    v.name(),
                    String.join(" ", v.transfers()),
                    v.paidIn().toPlainString(),
                    v.claims().toPlainString(),
                    v.awarded().toPlainString()));
        }
        return csv.toString();
    }

    /**
     * The schedule as an HTML fragment: victims, endpoints with their arithmetic, every line, a flow
     * picture per victim and the assumptions. {@code level} is the heading level of its title (1 on its
     * own page, 2 inside the demo report).
     */
    public static String section(RestitutionSchedule schedule, int level) {
        var h = "h" + level;
        var sub = "h" + (level + 1);
        var html = new StringBuilder();
        html.append("<")
                .append(h)
                .append(" id=\"restitution\">Restitution schedule (")
                .append(schedule.method().name())
                .append(")</")
                .append(h)
                .append(">\n<p>")
                .append(Html.escape(schedule.method().definition()))
                .append(". Amounts in ")
                .append(schedule.unit())
                .append(". Paid in: ")
                .append(Figures.amount(total(schedule.victims().stream()
                        .map(RestitutionSchedule.VictimTotal::paidIn)
                        .toList())))
                .append("; awarded: ")
                .append(Figures.amount(schedule.awarded()))
                .append(".</p>\n");
        html.append("<")
                .append(sub)
                .append(">Per victim</")
                .append(sub)
                .append(">\n<table><tr><th>victim</th><th>name</th>"
                        + "<th>payments</th><th>paid in</th><th>claims</th><th>awarded</th></tr>\n");
        for (var v : schedule.victims()) {
            html.append("<tr><td>")
                    .append(Html.escape(v.victim()))
                    .append("</td><td>")
                    .append(Html.escape(v.name()))
                    .append("</td><td>")
                    .append(Html.escape(String.join(" ", v.transfers())))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(v.paidIn()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(v.claims()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(v.awarded()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<")
                .append(sub)
                .append(">Per endpoint</")
                .append(sub)
                .append(">\n<table><tr><th>endpoint</th>"
                        + "<th>available</th><th>basis</th><th>claims</th><th>awarded</th><th>not traced to victims</th>"
                        + "<th>arithmetic</th><th>freezable</th></tr>\n");
        for (var e : schedule.endpoints()) {
            html.append("<tr><td>")
                    .append(Html.escape(e.endpoint()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(e.available()))
                    .append("</td><td>")
                    .append(Html.escape(e.basis()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(e.claims()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(e.awarded()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(e.remainder()))
                    .append("</td><td>")
                    .append(Html.escape(e.arithmetic()))
                    .append("</td><td>")
                    .append(Html.escape(String.join("; ", e.freezable())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<")
                .append(sub)
                .append(">Schedule</")
                .append(sub)
                .append(
                        ">\n<table><tr><th>victim</th>"
                                + "<th>endpoint</th><th>paid in</th><th>traced there</th><th>claim</th><th>awarded</th><th>arithmetic</th></tr>\n");
        for (var line : schedule.lines()) {
            html.append("<tr><td>")
                    .append(Html.escape(line.victim()))
                    .append("</td><td>")
                    .append(Html.escape(line.endpoint()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(line.paidIn()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(line.traced()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(line.claim()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(line.awarded()))
                    .append("</td><td>")
                    .append(Html.escape(line.arithmetic()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<")
                .append(sub)
                .append(">Where each victim's money went</")
                .append(sub)
                .append(">\n");
        var resting = TraceOutput.resting(schedule.trace());
        for (var v : schedule.victims()) {
            html.append("<p><b>")
                    .append(Html.escape(v.victim()))
                    .append(" ")
                    .append(Html.escape(v.name()))
                    .append("</b>: ")
                    .append(Figures.amount(v.paidIn()))
                    .append(" paid, ")
                    .append(Figures.amount(v.awarded()))
                    .append(" awarded</p>\n");
            html.append(FlowSankey.svg(
                    schedule.trace().hops().stream()
                            .filter(hop -> hop.source().label().equals(v.victim()))
                            .toList(),
                    resting));
        }
        html.append("<").append(sub).append(">Assumptions</").append(sub).append(">\n<ul>\n");
        schedule.assumptions()
                .forEach(a -> html.append("<li>").append(Html.escape(a)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    /**
     * One table comparing rules: a row per victim, a column per schedule (awarded), then the remainder
     * of each endpoint (not traced to any victim).
     */
    public static String comparison(List<RestitutionSchedule> schedules) {
        var html = new StringBuilder("<table><tr><th>victim</th><th>name</th><th>paid in</th>");
        schedules.forEach(
                s -> html.append("<th>").append(Html.escape(s.method().name())).append("</th>"));
        html.append("</tr>\n");
        var first = schedules.get(0);
        for (int i = 0; i < first.victims().size(); i++) {
            var v = first.victims().get(i);
            html.append("<tr><td>")
                    .append(Html.escape(v.victim()))
                    .append("</td><td>")
                    .append(Html.escape(v.name()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(v.paidIn()))
                    .append("</td>");
            for (var s : schedules) {
                html.append("<td class=\"n\">")
                        .append(Figures.amount(s.victims().get(i).awarded()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        for (int e = 0; e < first.endpoints().size(); e++) {
            html.append("<tr><td colspan=\"3\">not traced to victims at ")
                    .append(Html.escape(first.endpoints().get(e).endpoint()))
                    .append("</td>");
            for (var s : schedules) {
                html.append("<td class=\"n\">")
                        .append(Figures.amount(s.endpoints().get(e).remainder()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** One line for a terminal: each victim's award under each schedule. */
    public static String summary(List<RestitutionSchedule> schedules) {
        var first = schedules.get(0);
        var line = new StringBuilder("Restitution (")
                .append(String.join(
                        ", ",
                        first.endpoints().stream()
                                .map(e -> e.endpoint() + " " + Figures.amount(e.available()) + " " + first.unit())
                                .toList()))
                .append("), ")
                .append(String.join(
                        "/",
                        first.victims().stream()
                                .map(RestitutionSchedule.VictimTotal::victim)
                                .toList()))
                .append(":");
        for (var s : schedules) {
            line.append(' ')
                    .append(s.method().name())
                    .append(' ')
                    .append(String.join(
                            "/",
                            s.victims().stream()
                                    .map(v -> Figures.amount(v.awarded()))
                                    .toList()))
                    .append(';');
        }
        return line.substring(0, line.length() - 1);
    }

    private static java.math.BigDecimal total(List<java.math.BigDecimal> values) {
        return values.stream().reduce(java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal::add);
    }
}
