package org.flowtrace.ingest.goaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XsdPatternNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // anchors are literal characters in XML Schema, which anchors every pattern anyway
                "^[a-zA-Z0-9 .'-]*$ | [a-zA-Z0-9 .'\\-]*",
                "^[A-Z]{3}$ | [A-Z]{3}",
                "\"($|(^[A-Z]{2,}))\" | \"(|([A-Z]{2,}))\"",
                // a hyphen after a range is a range error in XML Schema: escaped
                "[_a-zA-Z0-9-+]+(\\.[_a-zA-Z0-9-\\+]+)* | [_a-zA-Z0-9\\-+]+(\\.[_a-zA-Z0-9\\-\\+]+)*",
                // needless escapes become the character itself
                "^(\\/\\/)?[\\w-]+$ | (//)?[\\w\\-]+",
                "\\$[0-9]+ | $[0-9]+",
                // ranges between escaped characters stay ranges
                "[ '\\\\-`,\\\\/:;]+ | [ '\\\\-`,\\\\/:;]+",
                // non-capturing and named groups, lazy quantifiers
                "(?:ab)+?c | (ab)+c",
                "(?<year>[0-9]{4}) | ([0-9]{4})",
                "\\u00e9+ | é+",
                "[\\p{L}\\p{M} .'-]+ | [\\p{L}\\p{M} .'\\-]+",
                "[a-z-[aeiou]]+ | [a-z-[aeiou]]+",
            })
    void rewrites_net_patterns_into_xml_schema_patterns(String net, String xsd) {
        assertThat(XsdPatternNormaliser.normalise(net)).contains(xsd);
        assertThat(GoamlSchema.compiles(xsd))
                .as("a standard validator compiles " + xsd)
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "^.*(?=.*\\d)(?=.*[A-Z]).{8,}$",
                "(?!abc).*",
                "\\bword\\b",
                "(a)\\1",
                "(?i)abc",
            })
    void refuses_constructs_xml_schema_cannot_express(String net) {
        assertThat(XsdPatternNormaliser.normalise(net)).isEmpty();
    }

    @Test
    void an_anchored_pattern_fails_a_standard_validator_until_normalised() {
        assertThat(GoamlSchema.compiles("[_a-zA-Z0-9-+]+")).isFalse();
        assertThat(GoamlSchema.compiles(
                        XsdPatternNormaliser.normalise("[_a-zA-Z0-9-+]+").orElseThrow()))
                .isTrue();
    }
}
