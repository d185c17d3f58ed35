package org.flowtrace.api.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;

/** How a listing command prints its rows: an aligned table for people, or JSON for programs. */
enum OutputFormat {
    table,
    json;

    /** Prints one report in this format, by its table writer or its JSON writer. */
    <T> void print(T report, PrintWriter out, BiConsumer<T, PrintWriter> asTable, BiConsumer<T, PrintWriter> asJson) {
        (this == json ? asJson : asTable).accept(report, out);
        out.flush();
    }

    /** Prints the rows (or any record) as pretty JSON. */
    static void printJson(PrintWriter out, Object rows) {
        out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    }
}
