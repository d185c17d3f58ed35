package org.flowtrace.samples.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.samples.generator.CompoundPlan.Holder;
import org.flowtrace.samples.generator.CompoundPlan.Report;
import org.flowtrace.samples.generator.CompoundPlan.Transfer;
import org.jspecify.annotations.Nullable;

/**
 * Writes each planted STR as a goAML 5 report ({@code goaml/str-<rentity>-<reference>.xml}, one
 * {@code <report>} per file) in the structure {@code flowtrace ingest goaml} validates
 * (ingest-jobs' {@code goaml-structure.xsd}). The reporting entity is the bank by its number; accounts are
 * written with the bank's id as {@code institution_code}, so they key as the ledger's ({@code bank:number});
 * the reporting bank's own accounts ({@code *_my_client}) state their holders with phones, addresses and
 * identity documents and their opening date; counterparties' accounts state their holder's name. Amounts
 * are in the reporting bank's currency, with the counterparty's currency as a foreign amount. Times are
 * UTC.
 */
final class GoamlReportWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final Population population;
    private final CompoundPlan plan;
    private final LocalDateTime start;

    GoamlReportWriter(Population population, CompoundPlan plan, LocalDateTime start) {
        this.population = population;
        this.plan = plan;
        this.start = start;
    }

    /** Writes every report under {@code out}; returns their paths relative to it. */
    List<String> write(Path out) throws IOException {
        var files = new ArrayList<String>();
        for (var report : plan.reports()) {
            var file = out.resolve(report.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml(report), StandardCharsets.UTF_8);
            files.add(report.file());
        }
        return files;
    }

    String xml(Report report) {
        var currency = population.currency(report.subject());
        var xml = new XmlText(
                "Fictional STR written by flowtrace generate: every name, account and document is invented");
        xml.open("report")
                .leaf("rentity_id", Integer.parseInt(population.bankId(report.bank())))
                .leaf("submission_code", "E")
                .leaf("report_code", "STR")
                .leaf("entity_reference", report.reference())
                .leaf("submission_date", TIME.format(submitted(report)))
                .leaf("currency_code_local", currency.name())
                .leaf("reason", report.reason())
                .leaf("action", "Relationship under review; outgoing transfers monitored.");
        for (int seq : report.transfers()) {
            transaction(xml, report, plan.transfers().get(seq), currency);
        }
        if (!report.parties().isEmpty() || report.namedVictim() != null) {
            xml.open("activity").open("report_parties");
            for (int account : report.parties()) {
                xml.open("report_party").leaf("role", "SUBJECT");
                account(xml, "account", account, true);
                xml.leaf("country", plan.holders().get(account).nationality()).close("report_party");
            }
            var victim = report.namedVictim();
            if (victim != null) {
                xml.open("report_party").leaf("role", "VICTIM").open("person");
                person(xml, plan.holders().get(victim.account()), false);
                xml.close("person")
                        .leaf("country", victim.name().nationality())
                        .leaf(
                                "reason",
                                "Possible victim of human trafficking held in a scam compound; reported missing by his"
                                        + " family.")
                        .close("report_party");
            }
            xml.close("report_parties").close("activity");
        }
        xml.open("report_indicators");
        report.indicators().forEach(indicator -> xml.leaf("indicator", indicator));
        xml.close("report_indicators").close("report");
        return xml.toString();
    }

    private LocalDateTime submitted(Report report) {
        long last = report.transfers().stream()
                .mapToLong(seq -> plan.transfers().get(seq).minute())
                .max()
                .orElse(0);
        return start.plusMinutes(last).toLocalDate().plusDays(3).atTime(10, 0);
    }

    private void transaction(XmlText xml, Report report, Transfer t, Currencies local) {
        boolean fromMine = population.bankIndex(t.from()) == report.bank();
        boolean toMine = population.bankIndex(t.to()) == report.bank();
        xml.open("transaction")
                .leaf("transactionnumber", t.id())
                .leaf("transaction_description", t.reference().isEmpty() ? null : t.reference())
                .leaf("date_transaction", TIME.format(start.plusMinutes(t.minute())))
                .leaf("transmode_code", t.format().equals("ACH") ? "ACH" : "ELCFT")
                .leaf("amount_local", local.fromUsd(t.usd()));
        side(xml, "from", fromMine, t.from(), t, local);
        side(xml, "to", toMine, t.to(), t, local);
        xml.close("transaction");
    }

    private void side(XmlText xml, String side, boolean mine, int account, Transfer t, Currencies local) {
        var element = "t_" + side + (mine ? "_my_client" : "");
        xml.open(element).leaf(side + "_funds_code", "K");
        var currency = population.currency(account);
        if (currency != local) {
            xml.open(side + "_foreign_currency")
                    .leaf("foreign_currency_code", currency.name())
                    .leaf("foreign_amount", currency.fromUsd(t.usd()))
                    .close(side + "_foreign_currency");
        }
        account(xml, side + "_account", account, mine);
        var holder = plan.holders().get(account);
        xml.leaf(side + "_country", holder == null ? "ZZ" : holder.nationality())
                .close(element);
    }

    private void account(XmlText xml, String element, int account, boolean mine) {
        var holder = plan.holders().get(account);
        xml.open(element)
                .leaf("institution_name", "Bank " + population.bank(account))
                .leaf("institution_code", population.bank(account))
                .leaf("account", population.number(account))
                .leaf("currency_code", population.currency(account).name())
                .leaf("account_name", holder == null ? null : holder.name());
        if (holder != null && holder.company() != null) {
            entity(xml, holder);
        } else if (holder != null && holder.person()) {
            xml.open("signatory").leaf("is_primary", "true").open("t_person");
            person(xml, holder, !mine);
            xml.close("t_person").leaf("role", "PAH").close("signatory");
        }
        if (mine && holder != null && holder.opened() != null) {
            xml.leaf("opened", TIME.format(holder.opened()));
        }
        xml.close(element);
    }

    /** A person; a counterparty (another bank's client) only by name and nationality. */
    private static void person(XmlText xml, Holder holder, boolean nameOnly) {
        xml.leaf("first_name", holder.first()).leaf("last_name", holder.last());
        if (!nameOnly && holder.born() != null) {
            xml.leaf("birthdate", holder.born() + "T00:00:00");
        }
        if (!nameOnly && "PASSPORT".equals(holder.documentType())) {
            xml.leaf("passport_number", holder.documentNumber()).leaf("passport_country", holder.nationality());
        }
        if (!nameOnly && "ID".equals(holder.documentType())) {
            xml.leaf("id_number", holder.documentNumber());
        }
        xml.leaf("nationality1", holder.nationality());
        if (nameOnly) {
            return;
        }
        phone(xml, holder.phone());
        var address = holder.address();
        if (address != null) {
            var parts = address.split("\\|");
            xml.open("addresses")
                    .open("address")
                    .leaf("address_type", "PRV")
                    .leaf("address", parts[0])
                    .leaf("city", parts[1])
                    .leaf("country_code", parts[2])
                    .close("address")
                    .close("addresses");
        }
    }

    private static void phone(XmlText xml, @Nullable String phone) {
        if (phone == null) {
            return;
        }
        var parts = phone.split("\\|");
        xml.open("phones")
                .open("phone")
                .leaf("tph_contact_type", "PRV")
                .leaf("tph_communication_type", "M")
                .leaf("tph_country_prefix", parts[0])
                .leaf("tph_number", parts[1])
                .close("phone")
                .close("phones");
    }

    private static void entity(XmlText xml, Holder holder) {
        var company = holder.company();
        xml.open("t_entity")
                .leaf("name", company.name())
                .leaf("incorporation_number", company.registration())
                .leaf("incorporation_country_code", company.jurisdiction());
        var director = holder.director();
        if (director != null) {
            xml.open("director_id")
                    .leaf("first_name", director.name().given())
                    .leaf("last_name", director.name().surname())
                    .leaf("passport_number", director.passport())
                    .leaf("passport_country", director.nationality())
                    .leaf("nationality1", director.nationality())
                    .leaf("role", "DIRECTOR")
                    .close("director_id");
        }
        xml.leaf("incorporation_date", company.founded() + "T00:00:00").close("t_entity");
    }
}
