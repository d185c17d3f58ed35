package org.flowtrace.ingest.goaml;

import java.util.Optional;

/**
 * Rewrites a {@code xs:pattern} written in .NET regular-expression style (as the goAML schemas FIUs
 * export are) into the XML Schema regular-expression dialect a standard validator reads.
 *
 * <p>Differences handled (XML Schema Part 2, appendix F, versus .NET {@code System.Text.RegularExpressions}):
 *
 * <ul>
 *   <li>{@code ^} and {@code $} are anchors in .NET but literal characters in XML Schema, where every
 *       pattern is already anchored to the whole value: they are dropped (outside character classes).
 *   <li>Escapes of characters that need none ({@code \/}, {@code \'}, {@code \_}, {@code \$} …) are
 *       written as the plain character; {@code \\uXXXX} and {@code \\xHH} become the character itself.
 *   <li>Inside a character class, a hyphen that does not stand between two single characters (e.g. the
 *       second {@code -} of {@code [a-z0-9-+]}) is escaped; an unescaped {@code [} that does not start a
 *       class subtraction is escaped.
 *   <li>Non-capturing and named groups become plain groups; lazy quantifiers become greedy ones (the
 *       same set of whole-value matches).
 * </ul>
 *
 * Constructs with no XML Schema equivalent (look-around, back-references, word boundaries, inline
 * options) make {@link #normalise(String)} return empty: the caller then ignores that facet and says so.
 */
final class XsdPatternNormaliser {

    /** Characters XML Schema allows after a backslash as single-character escapes. */
    private static final String XSD_SINGLE_ESCAPES = "nrt\\|.-^?*+{}()[]";

    /** Multi-character escapes both dialects share. */
    private static final String MULTI_ESCAPES = "sSdDwWiIcC";

    private XsdPatternNormaliser() {}

    /** The pattern in XML Schema dialect, or empty when it uses a construct XML Schema cannot express. */
    static Optional<String> normalise(String pattern) {
        var out = new StringBuilder(pattern.length() + 8);
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                var escape = escape(pattern, i, false);
                if (escape == null) {
                    return Optional.empty();
                }
                out.append(escape.text);
                i = escape.end;
            } else if (c == '[') {
                var end = charClass(pattern, i, out);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end;
            } else if (c == '^' || c == '$') {
                i++;
            } else if (c == '(' && i + 1 < n && pattern.charAt(i + 1) == '?') {
                int groupEnd = group(pattern, i);
                if (groupEnd < 0) {
                    return Optional.empty();
                }
                out.append('(');
                i = groupEnd;
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < n && pattern.charAt(i + 1) == '?') {
                out.append(c);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString());
    }

    /** Index after a {@code (?…} group opener that XML Schema can express as {@code (}, or -1. */
    private static int group(String pattern, int start) {
        int i = start + 2;
        if (i >= pattern.length()) {
            return -1;
        }
        char kind = pattern.charAt(i);
        if (kind == ':') {
            return i + 1;
        }
        if ((kind == '<' || kind == '\'') && i + 1 < pattern.length()) {
            char next = pattern.charAt(i + 1);
            if (next == '=' || next == '!') {
                return -1;
            }
            char close = kind == '<' ? '>' : '\'';
            int end = pattern.indexOf(close, i + 1);
            return end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    /**
     * Copies the character class starting at {@code start} ('[') to {@code out} in XML Schema form and
     * returns the index after its closing ']', or -1 when it cannot be expressed.
     */
    private static int charClass(String pattern, int start, StringBuilder out) {
        int n = pattern.length();
        int i = start + 1;
        out.append('[');
        if (i < n && pattern.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        // The last item written: a single character (may start a range), or something that may not.
        boolean lastIsSingle = false;
        boolean lastEndedRange = false;
        boolean first = true;
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            if (c == '\\') {
                var escape = escape(pattern, i, true);
                if (escape == null) {
                    return -1;
                }
                out.append(escape.text);
                lastIsSingle = escape.single;
                lastEndedRange = false;
                i = escape.end;
            } else if (c == '-') {
                boolean nextIsClassEnd = i + 1 < n && pattern.charAt(i + 1) == ']';
                boolean nextIsSubtraction = i + 1 < n && pattern.charAt(i + 1) == '[';
                if (nextIsSubtraction) {
                    out.append('-');
                    int end = charClass(pattern, i + 1, out);
                    if (end < 0 || end >= n || pattern.charAt(end) != ']') {
                        return -1;
                    }
                    out.append(']');
                    return end + 1;
                }
                if (lastIsSingle && !lastEndedRange && !first && !nextIsClassEnd && i + 1 < n) {
                    // A range: copy '-' and the range's upper bound.
                    out.append('-');
                    i++;
                    char upper = pattern.charAt(i);
                    if (upper == '\\') {
                        var escape = escape(pattern, i, true);
                        if (escape == null || !escape.single) {
                            return -1;
                        }
                        out.append(escape.text);
                        i = escape.end;
                    } else {
                        out.append(upper == '[' ? "\\[" : String.valueOf(upper));
                        i++;
                    }
                    lastIsSingle = true;
                    lastEndedRange = true;
                } else {
                    out.append("\\-");
                    lastIsSingle = true;
                    lastEndedRange = true;
                    i++;
                }
            } else if (c == '[') {
                out.append("\\[");
                lastIsSingle = true;
                lastEndedRange = false;
                i++;
            } else {
                out.append(c);
                lastIsSingle = true;
                lastEndedRange = false;
                i++;
            }
            first = false;
        }
        return -1;
    }

    private record Escape(String text, int end, boolean single) {}

    /** The escape at {@code start} ('\') in XML Schema form, or null when it has no equivalent. */
    private static Escape escape(String pattern, int start, boolean inClass) {
        if (start + 1 >= pattern.length()) {
            return null;
        }
        char c = pattern.charAt(start + 1);
        if (MULTI_ESCAPES.indexOf(c) >= 0) {
            return new Escape("\\" + c, start + 2, false);
        }
        if (c == 'p' || c == 'P') {
            int close = pattern.indexOf('}', start);
            if (close < 0 || start + 2 >= pattern.length() || pattern.charAt(start + 2) != '{') {
                return null;
            }
            return new Escape(pattern.substring(start, close + 1), close + 1, false);
        }
        if (c == 'u' || c == 'x') {
            int end = start + (c == 'u' ? 6 : 4);
            if (end > pattern.length()) {
                return null;
            }
            try {
                return literal((char) Integer.parseInt(pattern.substring(start + 2, end), 16), end, inClass);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (XSD_SINGLE_ESCAPES.indexOf(c) >= 0) {
            return new Escape("\\" + c, start + 2, true);
        }
        if (Character.isLetterOrDigit(c)) {
            // \b \B \A \z \Z \G, back-references \1, \k<…>, \e \a \f \v …: no XML Schema equivalent.
            return null;
        }
        return literal(c, start + 2, inClass);
    }

    private static Escape literal(char c, int end, boolean inClass) {
        boolean special = XSD_SINGLE_ESCAPES.indexOf(c) >= 0 || (!inClass && c == '$');
        return new Escape(special && c != '$' ? "\\" + c : String.valueOf(c), end, true);
    }
}
