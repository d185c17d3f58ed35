package org.flowtrace.ingest.goaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowtrace.ingest.SourceFormatException;
import org.junit.jupiter.api.Test;

class GoamlSchemaTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/goaml");

    @Test
    void the_bundled_structural_schema_compiles_and_has_no_namespace() {
        var schema = GoamlSchema.bundled();

        assertThat(schema.description()).isEqualTo("bundled goaml-structure.xsd");
        assertThat(schema.targetNamespace()).isNull();
        assertThat(schema.ignoredPatterns()).isEmpty();
    }

    @Test
    void an_fiu_schema_compiles_with_its_net_patterns_normalised_and_a_look_ahead_ignored() {
        var schema = GoamlSchema.of(FIXTURES.resolve("fiu-schema.xsd"));

        assertThat(schema.ignoredPatterns()).containsExactly("^(?=.*\\S)[\\s\\S]*$");
    }

    @Test
    void a_file_that_is_not_a_schema_is_refused_before_any_job() throws Exception {
        var notSchema = Files.createTempFile("not-a-schema", ".xsd");
        Files.writeString(notSchema, "<nothing/>");

        assertThatThrownBy(() -> GoamlSchema.of(notSchema))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a usable XML Schema");
        assertThatThrownBy(() -> GoamlSchema.of(Path.of("no/such.xsd")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("no such goAML schema file");
    }
}
