package org.flowtrace.api.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, for the commands that print a listing or a report. */
final class FormatOption {

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.table;

    OutputFormat format() {
        return format;
    }
}
