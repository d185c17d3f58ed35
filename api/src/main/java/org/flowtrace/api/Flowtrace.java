package org.flowtrace.api;

import org.flowtrace.api.cli.FlowtraceCommand;

/** Entry point of {@code ./flowtrace}: parses the command line and exits with the command's status. */
public final class Flowtrace {

    private Flowtrace() {}

    public static void main(String[] args) {
        System.exit(FlowtraceCommand.execute(args));
    }
}
