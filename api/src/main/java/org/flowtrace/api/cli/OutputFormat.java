package org.flowtrace.api.cli;

import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;

/** How a listing command prints its rows: an aligned table for people, or JSON for programs. */
enum OutputFormat {
    table,
    json;

    /** Prints the rows (or any record) as pretty JSON. */
    static void printJson(PrintWriter out, Object rows) {
        out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    }
}
