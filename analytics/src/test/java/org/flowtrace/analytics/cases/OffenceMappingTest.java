package org.flowtrace.analytics.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.analytics.cases.PredicateOffence.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The mapping of evidence to offence elements, fact by fact: no database. */
class OffenceMappingTest {

    @Test
    void a_ransom_finding_supports_extortion_illegal_restraint_and_laundering_and_its_payment_the_extortion() {
        var mapped = OffenceMapping.map(List.of(
                fact(
                        "ransom:1",
                        FactKind.FINDING,
                        null,
                        null,
                        Map.of(
                                "typology", "RANSOM",
                                "transferIds", "t1; t2",
                                "members", "payer TFamily; receiver TRansom")),
                fact("t1", FactKind.TRANSFER, "TFamily", "TRansom", Map.of()),
                fact("t2", FactKind.TRANSFER, "TRansom", "TCollect", Map.of("traced", "true"))));

        assertThat(mapped.evidence())
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Element.EXTORTION_PAYMENT, "ransom:1"),
                        org.assertj.core.groups.Tuple.tuple(Element.RESTRAINT_RELEASE_FOR_PAYMENT, "ransom:1"),
                        org.assertj.core.groups.Tuple.tuple(Element.ML_PROCEEDS_MOVED, "ransom:1"),
                        org.assertj.core.groups.Tuple.tuple(Element.EXTORTION_PAYMENT, "t1"),
                        org.assertj.core.groups.Tuple.tuple(Element.ML_PROCEEDS_MOVED, "t2"));
        assertThat(mapped.victims()).isEmpty();
    }

    @Test
    void a_coerced_worker_finding_supports_trafficking_and_marks_its_members_as_victims_never_suspects() {
        var mapped = OffenceMapping.map(List.of(fact(
                "victim:1",
                FactKind.FINDING,
                null,
                null,
                Map.of("typology", "POSSIBLE_TRAFFICKING_VICTIM", "members", "worker TRON:TWorker"))));

        assertThat(mapped.evidence()).extracting(EvidenceItem::supports).containsExactly(Element.TIP_EXPLOITATION);
        assertThat(mapped.evidence().getFirst().why()).contains("non-punishment principle");
        assertThat(mapped.victims()).containsExactly("TRON:TWorker");
    }

    @Test
    void a_payment_into_a_scam_tagged_wallet_is_fraud_not_laundering_and_one_into_an_exchange_is_cash_out() {
        var mapped = OffenceMapping.map(List.of(
                fact("TVictim", FactKind.WALLET, null, null, Map.of()),
                fact("TScam", FactKind.WALLET, null, null, Map.of("tags", "scam: NagaFX deposit")),
                fact("TExch", FactKind.WALLET, null, null, Map.of("custodial", "true")),
                fact(
                        "TDesignated",
                        FactKind.WALLET,
                        null,
                        null,
                        Map.of("designated", "true", "tags", "scam: operator")),
                fact("t6", FactKind.TRANSFER, "TVictim", "TDesignated", Map.of()),
                fact("t4", FactKind.TRANSFER, "TVictim", "TScam", Map.of()),
                fact("t5", FactKind.TRANSFER, "TScam", "TExch", Map.of())));

        assertThat(mapped.evidence())
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Element.FRAUD_DECEPTION, "TScam"),
                        org.assertj.core.groups.Tuple.tuple(Element.FRAUD_DECEPTION, "TDesignated"),
                        org.assertj.core.groups.Tuple.tuple(Element.FRAUD_PAYMENT, "t4"),
                        org.assertj.core.groups.Tuple.tuple(Element.FRAUD_PAYMENT, "t6"),
                        org.assertj.core.groups.Tuple.tuple(Element.ML_CASH_OUT, "t5"));
    }

    @Test
    void an_str_naming_a_trafficking_victim_supports_trafficking_and_its_release_fee_extortion() {
        var mapped = OffenceMapping.map(List.of(
                fact(
                        "str",
                        FactKind.REPORT,
                        null,
                        null,
                        Map.of("reason", "possible victim of human trafficking; his mother paid a release fee")),
                fact("hung", FactKind.PERSON, null, null, Map.of()),
                fact("names", FactKind.NAMES, "str", "hung", Map.of("roles", "REPORT_PARTY:VICTIM"))));

        assertThat(mapped.evidence())
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Element.ML_REPORTED, "str"),
                        org.assertj.core.groups.Tuple.tuple(Element.TIP_EXPLOITATION, "str"),
                        org.assertj.core.groups.Tuple.tuple(Element.EXTORTION_DEMAND, "str"),
                        org.assertj.core.groups.Tuple.tuple(Element.RESTRAINT_HELD, "str"),
                        org.assertj.core.groups.Tuple.tuple(Element.TIP_VICTIM, "hung"));
        assertThat(mapped.victims()).containsExactly("hung");
    }

    @Test
    void every_element_belongs_to_exactly_one_offence() {
        for (var element : Element.values()) {
            assertThat(List.of(PredicateOffence.values()).stream()
                            .filter(o -> o.elements().contains(element))
                            .count())
                    .as(element.name())
                    .isEqualTo(1);
        }
    }

    private static CaseFact fact(
            String key, FactKind kind, @Nullable String from, @Nullable String to, Map<String, String> properties) {
        return new CaseFact(key, kind, key, from, to, null, new TreeMap<>(properties), List.of());
    }
}
