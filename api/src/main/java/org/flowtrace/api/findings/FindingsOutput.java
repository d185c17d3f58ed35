package org.flowtrace.api.findings;

import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.analytics.coercion.PossibleVictims.PossibleVictim;
import org.flowtrace.analytics.coercion.SuspectRanking.Suspect;
import org.flowtrace.api.demo.Html;

/**
 * Text and HTML of the findings, the suspects and the possible victims of trafficking. Every output that
 * lists findings or suspects lists the possible victims apart, with the non-punishment reminder; a
 * finding that involves one says so beside its explanation.
 */
public final class FindingsOutput {

    static final String VICTIM_MARK = "possible trafficking victim, not a suspect: ";

    private FindingsOutput() {}

    /** The ranked findings, one line each. */
    public static String findings(List<RankedFinding> findings) {
        var text =
                new StringBuilder(String.format(Locale.ROOT, "%-5s  %-13s  %s%n", "score", "typology", "explanation"));
        for (var f : findings) {
            text.append(String.format(
                    Locale.ROOT, "%.2f   %-13s  %s%s%n", f.score(), f.typology(), f.explanation(), mark(f)));
        }
        return text.append(String.format(Locale.ROOT, "%d findings shown%n", findings.size()))
                .toString();
    }

    /** The ranked suspects, one line each. */
    public static String suspects(List<Suspect> suspects) {
        var text = new StringBuilder(
                "Suspects (accounts and wallets by their strongest finding; possible victims of trafficking, fraud"
                        + " victims, families and exchanges left out):\n");
        if (suspects.isEmpty()) {
            text.append("  none\n");
        }
        for (var s : suspects) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %.2f  %s  %d finding%s: %s (%s)%n",
                    s.score(),
                    s.key(),
                    s.findings(),
                    s.findings() == 1 ? "" : "s",
                    String.join(", ", s.typologies()),
                    String.join(", ", s.roles())));
        }
        return text.toString();
    }

    /** The possible victims of trafficking with the non-punishment reminder. */
    public static String victims(List<PossibleVictim> victims) {
        var text = new StringBuilder("Possible victims of trafficking (not suspects):\n");
        if (victims.isEmpty()) {
            return text.append("  none found\n").toString();
        }
        text.append("  ").append(PossibleVictims.NON_PUNISHMENT).append('\n');
        for (var v : victims) {
            text.append(String.format(
                    Locale.ROOT, "  %.2f  %s: %s%n", v.score(), String.join(", ", v.victims()), v.explanation()));
        }
        return text.toString();
    }

    /** The report's section of possible victims. */
    public static String victimsHtml(List<PossibleVictim> victims) {
        var html = new StringBuilder("<h2 id=\"victims\">Possible victims of trafficking</h2>\n");
        if (victims.isEmpty()) {
            return html.append("<p>No account, wallet or person was found to be a possible victim.</p>\n")
                    .toString();
        }
        html.append("<p class=\"note\">")
                .append(Html.escape(PossibleVictims.NON_PUNISHMENT))
                .append("</p>\n<table><tr><th>score</th><th>possible victim</th><th>why</th></tr>\n");
        for (var v : victims) {
            html.append(String.format(
                    Locale.ROOT,
                    "<tr><td class=\"n\">%.2f</td><td>%s</td><td>%s</td></tr>%n",
                    v.score(),
                    Html.escape(String.join(", ", v.victims())),
                    Html.escape(v.explanation())));
        }
        return html.append("</table>\n").toString();
    }

    /** What follows a finding's explanation when it involves possible victims. */
    public static String mark(RankedFinding finding) {
        return finding.possibleVictims().isEmpty()
                ? ""
                : " [" + VICTIM_MARK + String.join(", ", finding.possibleVictims()) + "]";
    }
}
