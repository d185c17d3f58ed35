package org.flowtrace.api.demo;

/** Escaping of text written into the pages flowtrace writes, and the frame of a self-contained page. */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A self-contained page: inline CSS, no script, nothing fetched. */
    public static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
                th{background:#f0f3f6}td.n{text-align:right;white-space:nowrap}.note{background:#fff7e0;padding:.6em 1em;border-left:4px solid #e0a800}
                svg{border:1px solid #ddd;background:#fcfcfd}.sha{font-family:monospace;font-size:85%%}
                .victim{background:#2e8b57;color:white;padding:0 6px;border-radius:4px}
                </style></head><body>
                %s</body></html>
                """.formatted(escape(title), body);
    }
}
