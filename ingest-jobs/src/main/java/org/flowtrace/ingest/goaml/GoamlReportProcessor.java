package org.flowtrace.ingest.goaml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.goaml.binding.Report;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides what becomes of one read report: rejected with the validator's first finding when it broke
 * the schema (code-list violations only when configured to reject), else bound with Jakarta XML
 * Binding and mapped to the facts it states. A report is loaded whole or not at all, as goAML itself
 * accepts or rejects a submitted report whole. Pure apart from learning its run and source when the
 * step starts.
 */
final class GoamlReportProcessor implements ItemProcessor<ReportElement, GoamlReport>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GoamlReportProcessor.class);

    private static final JAXBContext BINDING = binding();

    private final CodeListPolicy codeLists;
    private final GoamlReportMapper mapper;
    private final Unmarshaller unmarshaller;
    private @Nullable RunSource source;

    GoamlReportProcessor(CodeListPolicy codeLists, GoamlReportMapper.Settings settings) {
        this.codeLists = codeLists;
        this.mapper = new GoamlReportMapper(settings);
        try {
            this.unmarshaller = BINDING.createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the goAML unmarshaller", e);
        }
    }

    /** For tests: a processor that already knows its run and source. */
    GoamlReportProcessor(CodeListPolicy codeLists, GoamlReportMapper.Settings settings, RunSource source) {
        this(codeLists, settings);
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = RunSource.of(stepExecution);
    }

    @Override
    public GoamlReport process(ReportElement item) {
        var run = source();
        var errors = new ArrayList<SchemaViolation>();
        var codeListViolations = new ArrayList<SchemaViolation>();
        for (var violation : item.violations()) {
            (violation.codeList() ? codeListViolations : errors).add(violation);
        }
        if (!errors.isEmpty()) {
            throw reject(run, errors, "schema error");
        }
        if (!codeListViolations.isEmpty() && codeLists == CodeListPolicy.REJECT) {
            throw reject(run, codeListViolations, "code-list violation");
        }
        var warnings = codeListViolations.stream()
                .map(v -> v.locator() + ": " + v.message())
                .toList();
        if (!warnings.isEmpty()) {
            log.debug("{} loads with {} code-list warnings", item.locator(), warnings.size());
        }
        Report report;
        try {
            report = unmarshaller.unmarshal(item.report(), Report.class).getValue();
        } catch (JAXBException e) {
            throw new MalformedRecordException(run.input(), item.locator(), null, "cannot bind the report: " + e, e);
        }
        var graph = mapper.map(report, item, run, warnings);
        return new GoamlReport(item.locator(), graph.reports().getFirst().key(), graph);
    }

    private static MalformedRecordException reject(RunSource run, List<SchemaViolation> violations, String kind) {
        var first = violations.getFirst();
        var more = violations.size() - 1;
        var reason =
                first.describe() + (more == 0 ? "" : " (and " + more + " more " + kind + (more == 1 ? "" : "s") + ")");
        return new MalformedRecordException(run.input(), first.locator(), first.field(), reason);
    }

    private RunSource source() {
        if (source == null) {
            throw new IllegalStateException("goAML processor used outside its step");
        }
        return source;
    }

    private static JAXBContext binding() {
        try {
            return JAXBContext.newInstance(Report.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the goAML binding", e);
        }
    }
}
