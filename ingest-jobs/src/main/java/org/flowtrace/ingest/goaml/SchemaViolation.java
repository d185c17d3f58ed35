package org.flowtrace.ingest.goaml;

/**
 * One finding of the schema validator in one report.
 *
 * @param locator where: {@code /report[3]/transaction[2]/amount_local}
 * @param line the line of the source file
 * @param message the validator's message
 * @param codeList whether it is a code-list (enumeration) violation, which configuration may let pass
 */
record SchemaViolation(String locator, long line, String message, boolean codeList) {

    /** The element at fault: the last step of the locator, without its index. */
    String field() {
        var step = locator.substring(locator.lastIndexOf('/') + 1);
        int bracket = step.indexOf('[');
        return bracket < 0 ? step : step.substring(0, bracket);
    }

    /** {@code line 52: cvc-…} */
    String describe() {
        return "line " + line + ": " + message;
    }
}
