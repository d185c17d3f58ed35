package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class IngestRunReaderIT {

    private final IngestRunReader reader;

    IngestRunReaderIT(GraphConnection graph) {
        this.reader = new IngestRunReader(graph);
    }

    @BeforeEach
    void write_the_case(GraphConnection graph) {
        ExploreFixture.write(graph);
    }

    @Test
    void lists_runs_newest_first_with_the_sources_each_read() {
        var page = reader.list(0, 10);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(IngestRunSummary::id).containsExactly("goaml-1", "ledger-1");
        var goaml = page.items().getFirst();
        assertThat(goaml.job()).isEqualTo("goaml");
        assertThat(goaml.startedAt()).isEqualTo(ExploreFixture.GOAML_RUN);
        assertThat(goaml.files())
                .containsExactly(new SourceFileRef("file:///evidence/str-0001.xml", ExploreFixture.STR.sha256()));
    }

    @Test
    void pages_through_the_runs() {
        assertThat(reader.list(1, 1).items()).extracting(IngestRunSummary::id).containsExactly("ledger-1");
        assertThat(reader.list(2, 1).items()).isEmpty();
        assertThat(reader.list(2, 1).total()).isEqualTo(2);
    }

    @Test
    void reads_one_run_by_id() {
        assertThat(reader.read("ledger-1").orElseThrow().files())
                .extracting(SourceFileRef::sha256)
                .containsExactly(ExploreFixture.LEDGER.sha256());
        assertThat(reader.read("nope")).isEmpty();
    }

    @Test
    void refuses_a_negative_page_and_a_size_out_of_range() {
        assertThatThrownBy(() -> reader.list(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.list(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.list(0, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
