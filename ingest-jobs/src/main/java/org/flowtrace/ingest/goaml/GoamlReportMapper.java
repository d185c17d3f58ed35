package org.flowtrace.ingest.goaml;

import static org.flowtrace.ingest.support.IdentifierKeys.isBlank;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.report.MentionTarget;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.report.ReportGraph.Mention;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.flowtrace.graph.report.ReportGraph.ReportNode;
import org.flowtrace.graph.report.ReportGraph.TransferDetails;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.goaml.binding.Account;
import org.flowtrace.ingest.goaml.binding.Address;
import org.flowtrace.ingest.goaml.binding.Entity;
import org.flowtrace.ingest.goaml.binding.ForeignCurrency;
import org.flowtrace.ingest.goaml.binding.FromSide;
import org.flowtrace.ingest.goaml.binding.Person;
import org.flowtrace.ingest.goaml.binding.PersonIdentification;
import org.flowtrace.ingest.goaml.binding.Phone;
import org.flowtrace.ingest.goaml.binding.Report;
import org.flowtrace.ingest.goaml.binding.ReportParty;
import org.flowtrace.ingest.goaml.binding.ToSide;
import org.flowtrace.ingest.goaml.binding.Transaction;
import org.flowtrace.ingest.goaml.binding.TransactionParty;
import org.flowtrace.ingest.support.IdentifierKeys;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps one bound goAML report to the facts it states ({@link ReportGraph}). Pure: no I/O, the same
 * report always gives the same graph. The rules (keys, endpoints, roles) are documented in
 * {@code ingest-jobs/README.md}, section goAML:
 *
 * <ul>
 *   <li>report key {@code goaml:<rentity_id>:<entity_reference>}; transfer id
 *       {@code goaml:<rentity_id>:<transactionnumber>};
 *   <li>an account side is the {@code :Account} {@code <swift|institution_code|institution_name>:<account>};
 *       a person or entity side with no account is an {@code :Account} keyed
 *       {@code goaml-party:<party key>} that the party {@code HOLDS} with role {@code ENDPOINT};
 *   <li>a person is keyed by a strong identifier (passport, then the smallest identity-document key) as
 *       {@code person:<identifier key>}, an entity by its registration ({@code org:REG:<country>:<number>})
 *       or smallest entity-identifier key; without one, by its report and position
 *       {@code goaml:<rentity_id>:<entity_reference>:<path in the report>}, so that two people of the same
 *       name in different reports are never merged.
 * </ul>
 */
final class GoamlReportMapper {

    /** Institution part of the account key of a party-only transaction side. */
    static final String PARTY_ENDPOINT_INSTITUTION = "goaml-party";

    /** Mapping settings: the zone of times written without one, what to keep, multi-party roles. */
    record Settings(ZoneId zone, boolean keepSourceXml, Set<String> payerRoles, Set<String> payeeRoles) {
        Settings {
            payerRoles = Set.copyOf(payerRoles);
            payeeRoles = Set.copyOf(payeeRoles);
        }
    }

    private final Settings settings;
    private final Transformer serializer;

    GoamlReportMapper(Settings settings) {
        this.settings = settings;
        try {
            this.serializer = TransformerFactory.newDefaultInstance().newTransformer();
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML transformer is misconfigured", e);
        }
        serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    }

    /**
     * The graph of one report, or {@link MalformedRecordException} naming the element and the reason when
     * the report cannot be loaded as a whole.
     */
    ReportGraph map(Report report, ReportElement element, RunSource run, List<String> codeListWarnings) {
        return new Mapping(report, element, run, codeListWarnings).map();
    }

    /** The state of mapping one report. */
    private final class Mapping {

        private final Report report;
        private final ReportElement element;
        private final RunSource run;
        private final List<String> codeListWarnings;
        private final String locator;
        private final String rentity;
        private final String reportKey;
        private final List<Transfer> transfers = new ArrayList<>();
        private final Map<String, PartyNode> parties = new LinkedHashMap<>();
        private final Map<String, AccountNode> accounts = new LinkedHashMap<>();
        private final Map<String, Holding> holdings = new LinkedHashMap<>();
        private final Map<String, IdentifierLink> identifiers = new LinkedHashMap<>();
        private final Map<String, AddressLink> addresses = new LinkedHashMap<>();
        private final Map<String, Mention> mentions = new LinkedHashMap<>();
        private final List<TransferDetails> details = new ArrayList<>();
        private final List<String> withoutTransfer = new ArrayList<>();
        private final Set<Integer> transferred = new HashSet<>();

        Mapping(Report report, ReportElement element, RunSource run, List<String> codeListWarnings) {
            this.report = report;
            this.element = element;
            this.run = run;
            this.codeListWarnings = codeListWarnings;
            this.locator = element.locator();
            this.rentity = String.valueOf(report.getRentityId());
            this.reportKey =
                    "goaml:" + rentity + ":" + report.getEntityReference().strip();
        }

        ReportGraph map() {
            var local = currency(report.getCurrencyCodeLocal(), locator + "/currency_code_local");
            if (report.getTransaction().isEmpty() && report.getActivity() == null) {
                throw malformed(locator, "transaction", "a report needs at least one <transaction> or an <activity>");
            }
            var seen = new HashMap<String, Integer>();
            var transactions = report.getTransaction();
            for (int i = 0; i < transactions.size(); i++) {
                var number = transactions.get(i).getTransactionnumber().strip();
                var first = seen.putIfAbsent(number, i + 1);
                if (first != null) {
                    throw malformed(
                            locator + "/transaction[" + (i + 1) + "]/transactionnumber",
                            "transactionnumber",
                            "duplicate transactionnumber '" + number + "' (first at transaction[" + first
                                    + "]): a report states each transaction once");
                }
            }
            for (int i = 0; i < transactions.size(); i++) {
                transaction(transactions.get(i), i + 1, local);
            }
            if (report.getActivity() != null) {
                var reportParties = report.getActivity().getReportParties().getReportParty();
                for (int i = 0; i < reportParties.size(); i++) {
                    reportParty(reportParties.get(i), "/activity/report_parties/report_party[" + (i + 1) + "]");
                }
            }
            var reportNode = new ReportNode(
                    reportKey,
                    reportProperties(local),
                    transfers.stream().map(Transfer::id).toList(),
                    run.at(locator));
            return new ReportGraph(
                    transfers,
                    List.of(reportNode),
                    List.copyOf(parties.values()),
                    List.copyOf(accounts.values()),
                    List.copyOf(holdings.values()),
                    List.copyOf(identifiers.values()),
                    List.copyOf(addresses.values()),
                    List.copyOf(mentions.values()),
                    details);
        }

        private Map<String, Object> reportProperties(Asset local) {
            var props = new Props();
            props.put("source", "goAML");
            props.put("rentityId", (long) report.getRentityId());
            props.put("rentityBranch", report.getRentityBranch());
            props.put("submissionCode", report.getSubmissionCode());
            props.put("reportCode", report.getReportCode());
            props.put("entityReference", report.getEntityReference().strip());
            props.put("fiuRefNumber", report.getFiuRefNumber());
            props.put("prevRejectedRefNumber", report.getPrevRejectedRefNumber());
            var submitted = report.getSubmissionDate() != null ? report.getSubmissionDate() : report.getReportDate();
            props.put("submittedAt", instant(submitted).atOffset(ZoneOffset.UTC));
            props.put("currency", local.code());
            props.put("reportingUserCode", report.getReportingUserCode());
            props.put("reason", report.getReason());
            props.put("action", report.getAction());
            props.put("schemaVersion", report.getSchemaVersion());
            props.put(
                    "indicators",
                    report.getReportIndicators().getIndicator().stream()
                            .map(String::strip)
                            .toList());
            props.put("transactionCount", (long) report.getTransaction().size());
            props.put("codeListWarnings", codeListWarnings);
            props.put("transactionsWithoutTransfer", withoutTransfer);
            if (settings.keepSourceXml()) {
                props.put("sourceXml", reportXmlWithoutTransferredTransactions());
            }
            return props.map();
        }

        // ----- transactions -----

        private void transaction(Transaction tx, int position, Asset local) {
            var path = "/transaction[" + position + "]";
            var at = locator + path;
            var id = "goaml:" + rentity + ":" + tx.getTransactionnumber().strip();
            var amount = money(tx.getAmountLocal(), local, at + "/amount_local", "amount_local");
            var props = new Props();
            props.put("source", "goAML");
            props.put("transactionNumber", tx.getTransactionnumber().strip());
            props.put("internalRefNumber", tx.getInternalRefNumber());
            props.put("agentName", tx.getAgentName());
            props.put("transactionLocation", tx.getTransactionLocation());
            props.put("description", tx.getTransactionDescription());
            props.put("teller", tx.getTeller());
            props.put("authorized", tx.getAuthorized());
            props.put("lateDeposit", tx.isLateDeposit());
            props.put(
                    "datePosting",
                    tx.getDatePosting() == null
                            ? null
                            : instant(tx.getDatePosting()).atOffset(ZoneOffset.UTC));
            props.put(
                    "valueDate",
                    tx.getValueDate() == null
                            ? null
                            : instant(tx.getValueDate()).atOffset(ZoneOffset.UTC));
            props.put("transactionType", tx.getTransactionTypeCode());
            props.put("transmodeCode", tx.getTransmodeCode());
            props.put("transmodeComment", tx.getTransmodeComment());
            props.put("transactionStatus", tx.getTransactionStatus());
            props.put("suspicious", tx.isTransactionIsSuspicious());
            props.put("comments", tx.getComments());

            AccountRef from;
            AccountRef to;
            Money received = null;
            if (tx.getInvolvedParties() != null) {
                var endpoints = involvedParties(tx, path, props);
                if (endpoints == null) {
                    withoutTransfer.add(tx.getTransactionnumber().strip());
                    return;
                }
                from = endpoints[0];
                to = endpoints[1];
            } else {
                boolean fromMyClient = tx.getTFromMyClient() != null;
                var fromSide = fromMyClient ? tx.getTFromMyClient() : tx.getTFrom();
                boolean toMyClient = tx.getTToMyClient() != null;
                var toSide = toMyClient ? tx.getTToMyClient() : tx.getTTo();
                if (fromSide == null || toSide == null) {
                    throw malformed(at, "t_from", "a transaction needs a from side and a to side, or involved_parties");
                }
                var fromPath = path + (fromMyClient ? "/t_from_my_client" : "/t_from");
                var toPath = path + (toMyClient ? "/t_to_my_client" : "/t_to");
                from = fromSide(fromSide, fromPath, props);
                to = toSide(toSide, toPath, props);
                props.put("fromMyClient", fromMyClient);
                props.put("toMyClient", toMyClient);
                foreign(
                        props,
                        "from",
                        fromSide.getFromForeignCurrency(),
                        locator + fromPath + "/from_foreign_currency");
                var toForeign =
                        foreign(props, "to", toSide.getToForeignCurrency(), locator + toPath + "/to_foreign_currency");
                if (toForeign != null && !toForeign.equals(amount)) {
                    received = toForeign;
                }
            }
            if (settings.keepSourceXml()) {
                props.put("sourceXml", serialise(transactionElement(position)));
            }
            transferred.add(position);
            var time = instant(tx.getDateTransaction());
            transfers.add(new Transfer(
                    id,
                    from,
                    to,
                    amount,
                    time,
                    blankToNull(tx.getTransactionDescription()),
                    usdIfDollars(amount, time),
                    run.at(at),
                    received,
                    blankToNull(tx.getTransmodeCode())));
            details.add(new TransferDetails(id, reportKey, props.map()));
        }

        private AccountRef fromSide(FromSide side, String path, Props props) {
            props.put("fromFundsCode", side.getFromFundsCode());
            props.put("fromFundsComment", side.getFromFundsComment());
            props.put("fromCountry", side.getFromCountry());
            props.put("fromSuspected", side.isFromIsSuspected());
            if (side.getTConductor() != null) {
                var conductor = person(side.getTConductor(), path + "/t_conductor", "CONDUCTOR");
                props.put("conductor", conductor);
            }
            if (side.getFromAccount() != null) {
                props.put("fromForm", "ACCOUNT");
                return account(side.getFromAccount(), path + "/from_account", "FROM");
            }
            if (side.getFromPerson() != null) {
                props.put("fromForm", "PERSON");
                return endpoint(person(side.getFromPerson(), path + "/from_person", "FROM"), path + "/from_person");
            }
            props.put("fromForm", "ENTITY");
            return endpoint(entity(side.getFromEntity(), path + "/from_entity", "FROM"), path + "/from_entity");
        }

        private AccountRef toSide(ToSide side, String path, Props props) {
            props.put("toFundsCode", side.getToFundsCode());
            props.put("toFundsComment", side.getToFundsComment());
            props.put("toCountry", side.getToCountry());
            props.put("toSuspected", side.isToIsSuspected());
            if (side.getToAccount() != null) {
                props.put("toForm", "ACCOUNT");
                return account(side.getToAccount(), path + "/to_account", "TO");
            }
            if (side.getToPerson() != null) {
                props.put("toForm", "PERSON");
                return endpoint(person(side.getToPerson(), path + "/to_person", "TO"), path + "/to_person");
            }
            props.put("toForm", "ENTITY");
            return endpoint(entity(side.getToEntity(), path + "/to_entity", "TO"), path + "/to_entity");
        }

        /** The payer and payee of a multi-party transaction, or null when its roles do not name exactly one each. */
        private AccountRef @Nullable [] involvedParties(Transaction tx, String path, Props props) {
            var payers = new ArrayList<AccountRef>();
            var payees = new ArrayList<AccountRef>();
            var list = tx.getInvolvedParties().getParty();
            for (int i = 0; i < list.size(); i++) {
                var party = list.get(i);
                var partyPath = path + "/involved_parties/party[" + (i + 1) + "]";
                var role = IdentifierKeys.code(party.getRole());
                var endpoint = partyEndpoint(party, partyPath, "PARTY:" + role);
                if (settings.payerRoles().contains(role)) {
                    payers.add(endpoint);
                    props.put("fromForm", form(party));
                    props.put("fromFundsCode", party.getFundsCode());
                    props.put("fromCountry", party.getCountry());
                } else if (settings.payeeRoles().contains(role)) {
                    payees.add(endpoint);
                    props.put("toForm", form(party));
                    props.put("toFundsCode", party.getFundsCode());
                    props.put("toCountry", party.getCountry());
                }
            }
            if (payers.size() != 1 || payees.size() != 1) {
                return null;
            }
            return new AccountRef[] {payers.getFirst(), payees.getFirst()};
        }

        private AccountRef partyEndpoint(TransactionParty party, String path, String role) {
            if (party.getAccount() != null || party.getAccountMyClient() != null) {
                var mine = party.getAccountMyClient() != null;
                return account(
                        mine ? party.getAccountMyClient() : party.getAccount(),
                        path + (mine ? "/account_my_client" : "/account"),
                        role);
            }
            if (party.getPerson() != null || party.getPersonMyClient() != null) {
                var mine = party.getPersonMyClient() != null;
                var personPath = path + (mine ? "/person_my_client" : "/person");
                return endpoint(
                        person(mine ? party.getPersonMyClient() : party.getPerson(), personPath, role), personPath);
            }
            var mine = party.getEntityMyClient() != null;
            var entityPath = path + (mine ? "/entity_my_client" : "/entity");
            return endpoint(entity(mine ? party.getEntityMyClient() : party.getEntity(), entityPath, role), entityPath);
        }

        private static String form(TransactionParty party) {
            if (party.getAccount() != null || party.getAccountMyClient() != null) {
                return "ACCOUNT";
            }
            return party.getPerson() != null || party.getPersonMyClient() != null ? "PERSON" : "ENTITY";
        }

        private void reportParty(ReportParty party, String path) {
            var role =
                    isBlank(party.getRole()) ? "REPORT_PARTY" : "REPORT_PARTY:" + IdentifierKeys.code(party.getRole());
            if (party.getPerson() != null || party.getPersonMyClient() != null) {
                var mine = party.getPersonMyClient() != null;
                person(
                        mine ? party.getPersonMyClient() : party.getPerson(),
                        path + (mine ? "/person_my_client" : "/person"),
                        role);
            } else if (party.getEntity() != null || party.getEntityMyClient() != null) {
                var mine = party.getEntityMyClient() != null;
                entity(
                        mine ? party.getEntityMyClient() : party.getEntity(),
                        path + (mine ? "/entity_my_client" : "/entity"),
                        role);
            } else {
                var mine = party.getAccountMyClient() != null;
                account(
                        mine ? party.getAccountMyClient() : party.getAccount(),
                        path + (mine ? "/account_my_client" : "/account"),
                        role);
            }
        }

        private @Nullable Money foreign(Props props, String side, @Nullable ForeignCurrency foreign, String at) {
            if (foreign == null) {
                return null;
            }
            var asset = currency(foreign.getForeignCurrencyCode(), at + "/foreign_currency_code");
            var money = money(foreign.getForeignAmount(), asset, at + "/foreign_amount", "foreign_amount");
            props.put(side + "ForeignCurrency", asset.code());
            props.put(side + "ForeignAmount", money.canonical());
            if (foreign.getForeignExchangeRate() != null) {
                props.put(side + "ForeignRate", foreign.getForeignExchangeRate().toPlainString());
            }
            return money;
        }

        // ----- accounts, persons, entities -----

        private AccountRef account(Account account, String path, String role) {
            var institution =
                    firstNonBlank(account.getSwift(), account.getInstitutionCode(), account.getInstitutionName());
            var ref = new AccountRef(
                    account.getSwift() != null ? IdentifierKeys.code(institution) : institution.strip(),
                    account.getAccount());
            var props = new Props();
            props.put("institutionName", account.getInstitutionName());
            props.put("swift", account.getSwift() == null ? null : IdentifierKeys.code(account.getSwift()));
            props.put("institutionCode", account.getInstitutionCode());
            props.put("institutionCountry", account.getInstitutionCountry());
            props.put("branch", account.getBranch());
            props.put("accountName", account.getAccountName());
            props.put("currency", account.getCurrencyCode());
            props.put("iban", account.getIban());
            props.put("clientNumber", account.getClientNumber());
            props.put("accountType", firstNonBlankOrNull(account.getPersonalAccountType(), account.getAccountType()));
            props.put("statusCode", account.getStatusCode());
            props.put(
                    "opened",
                    account.getOpened() == null
                            ? null
                            : instant(account.getOpened()).atOffset(ZoneOffset.UTC));
            props.put(
                    "closed",
                    account.getClosed() == null
                            ? null
                            : instant(account.getClosed()).atOffset(ZoneOffset.UTC));
            props.put("beneficiary", account.getBeneficiary());
            accounts.putIfAbsent(ref.key(), new AccountNode(ref, props.map(), run.at(locator + path)));
            mention(MentionTarget.ACCOUNT, ref.key(), role, path);
            if (account.getTEntity() != null) {
                hold(entity(account.getTEntity(), path + "/t_entity", "HOLDER"), ref, "ENTITY", path + "/t_entity");
            }
            var signatories = account.getSignatory();
            for (int i = 0; i < signatories.size(); i++) {
                var signatory = signatories.get(i);
                var personPath = path + "/signatory" + index(i, signatories.size()) + "/t_person";
                hold(
                        person(signatory.getTPerson(), personPath, "HOLDER"),
                        ref,
                        codeOr(signatory.getRole(), "SIGNATORY"),
                        personPath);
            }
            if (account.getRelatedPersons() != null) {
                var related = account.getRelatedPersons().getAccountRelatedPerson();
                for (int i = 0; i < related.size(); i++) {
                    var personPath =
                            path + "/related_persons/account_related_person" + index(i, related.size()) + "/t_person";
                    hold(
                            person(related.get(i).getTPerson(), personPath, "HOLDER"),
                            ref,
                            codeOr(related.get(i).getRole(), "RELATED"),
                            personPath);
                }
            }
            if (account.getRelatedEntities() != null) {
                var related = account.getRelatedEntities().getAccountRelatedEntity();
                for (int i = 0; i < related.size(); i++) {
                    var entityPath =
                            path + "/related_entities/account_related_entity" + index(i, related.size()) + "/entity";
                    hold(
                            entity(related.get(i).getEntity(), entityPath, "HOLDER"),
                            ref,
                            codeOr(related.get(i).getAccountEntityRelation(), "RELATED"),
                            entityPath);
                }
            }
            return ref;
        }

        /** The account standing for a party-only side: {@code goaml-party:<party key>}, held by the party. */
        private AccountRef endpoint(String partyKey, String path) {
            var ref = new AccountRef(PARTY_ENDPOINT_INSTITUTION, partyKey);
            var props = new Props();
            props.put("kind", "PARTY_ENDPOINT");
            props.put("party", partyKey);
            accounts.putIfAbsent(ref.key(), new AccountNode(ref, props.map(), run.at(locator + path)));
            hold(partyKey, ref, "ENDPOINT", path);
            return ref;
        }

        private void hold(String partyKey, AccountRef account, String role, String path) {
            holdings.putIfAbsent(
                    partyKey + "\u001f" + account.key() + "\u001f" + role,
                    new Holding(partyKey, account.key(), role, run.at(locator + path)));
        }

        /** Registers a person and what identifies it; returns its party key. */
        private String person(Person person, String path, String role) {
            var strong = new TreeSet<String>();
            var ids = new ArrayList<String[]>();
            IdentifierKeys.document("PASSPORT", person.getPassportCountry(), person.getPassportNumber())
                    .ifPresent(key -> ids.add(
                            new String[] {key, "PASSPORT", person.getPassportNumber(), person.getPassportCountry()}));
            Optional<String> passport = ids.isEmpty() ? Optional.empty() : Optional.of(ids.getFirst()[0]);
            for (var identification : identifications(person)) {
                IdentifierKeys.document(
                                identification.getType(), identification.getIssueCountry(), identification.getNumber())
                        .ifPresent(key -> {
                            strong.add(key);
                            ids.add(new String[] {
                                key,
                                IdentifierKeys.code(identification.getType()),
                                identification.getNumber(),
                                identification.getIssueCountry()
                            });
                        });
            }
            IdentifierKeys.plain("SSN", person.getSsn())
                    .ifPresent(key -> ids.add(new String[] {key, "SSN", person.getSsn(), null}));
            IdentifierKeys.plain("IDNUMBER", person.getIdNumber())
                    .ifPresent(key -> ids.add(new String[] {key, "IDNUMBER", person.getIdNumber(), null}));
            IdentifierKeys.plain("TAX", person.getTaxNumber())
                    .ifPresent(key -> ids.add(new String[] {key, "TAX", person.getTaxNumber(), null}));
            String strongKey = passport.orElse(strong.isEmpty() ? null : strong.first());
            var key = strongKey != null ? "person:" + strongKey : positional(path);
            var props = new Props();
            props.put("source", "goAML");
            props.put("keyBasis", strongKey != null ? "IDENTIFIER" : "REPORT_POSITION");
            props.put("name", joinName(person.getFirstName(), person.getMiddleName(), person.getLastName()));
            props.put("firstName", strip(person.getFirstName()));
            props.put("middleName", strip(person.getMiddleName()));
            props.put("lastName", strip(person.getLastName()));
            props.put("title", person.getTitle());
            props.put("prefix", person.getPrefix());
            props.put("gender", person.getGender());
            props.put("birthdate", person.getBirthdate() == null ? null : localDate(person.getBirthdate()));
            props.put("birthPlace", person.getBirthPlace());
            props.put("countryOfBirth", person.getCountryOfBirth());
            props.put("mothersName", person.getMothersName());
            props.put("alias", person.getAlias());
            props.put("fullNameForeign", person.getFullNameFrn());
            var nationalities = new ArrayList<String>();
            for (var nationality :
                    new String[] {person.getNationality1(), person.getNationality2(), person.getNationality3()}) {
                if (!isBlank(nationality)) {
                    nationalities.add(nationality.strip());
                }
            }
            props.put("nationalities", nationalities);
            props.put("residence", person.getResidence());
            props.put("occupation", person.getOccupation());
            props.put("employerName", person.getEmployerName());
            props.put("deceased", person.isDeceased());
            props.put("sourceOfWealth", person.getSourceOfWealth());
            party(key, PartyKind.PERSON, props, path, role);
            for (var id : ids) {
                identifier(key, id[0], id[1], id[2], id[3], path);
            }
            phones(
                    key,
                    person.getPhones() == null ? List.of() : person.getPhones().getPhone(),
                    path);
            emails(
                    key,
                    person.getEmail(),
                    person.getEmails() == null ? List.of() : person.getEmails().getEmail(),
                    path);
            addresses(
                    key,
                    person.getAddresses() == null
                            ? List.of()
                            : person.getAddresses().getAddress(),
                    path);
            if (person.getRelatedPersons() != null) {
                var related = person.getRelatedPersons().getPersonRelatedPerson();
                for (int i = 0; i < related.size(); i++) {
                    person(
                            related.get(i).getPerson(),
                            path + "/related_persons/person_related_person" + index(i, related.size()) + "/person",
                            "RELATED");
                }
            }
            return key;
        }

        private static List<PersonIdentification> identifications(Person person) {
            var all = new ArrayList<>(person.getIdentification());
            if (person.getIdentifications() != null) {
                all.addAll(person.getIdentifications().getIdentification());
            }
            return all;
        }

        /** Registers an entity, its identifiers and the persons it names; returns its party key. */
        private String entity(Entity entity, String path, String role) {
            var strong = new TreeSet<String>();
            var ids = new ArrayList<String[]>();
            var registration = IdentifierKeys.document(
                    "REG", entity.getIncorporationCountryCode(), entity.getIncorporationNumber());
            registration.ifPresent(key -> ids.add(
                    new String[] {key, "REG", entity.getIncorporationNumber(), entity.getIncorporationCountryCode()}));
            if (registration.isEmpty()) {
                IdentifierKeys.plain("REG", entity.getIncorporationNumber())
                        .ifPresent(key -> ids.add(new String[] {key, "REG", entity.getIncorporationNumber(), null}));
            }
            if (entity.getEntityIdentifications() != null) {
                for (var identifier : entity.getEntityIdentifications().getEntityIdentifier()) {
                    IdentifierKeys.document(identifier.getType(), identifier.getIssueCountry(), identifier.getNumber())
                            .ifPresent(key -> {
                                strong.add(key);
                                ids.add(new String[] {
                                    key,
                                    IdentifierKeys.code(identifier.getType()),
                                    identifier.getNumber(),
                                    identifier.getIssueCountry()
                                });
                            });
                }
            }
            IdentifierKeys.plain("TAX", entity.getTaxNumber())
                    .ifPresent(key -> ids.add(new String[] {key, "TAX", entity.getTaxNumber(), null}));
            String strongKey = registration.orElse(strong.isEmpty() ? null : strong.first());
            var key = strongKey != null ? "org:" + strongKey : positional(path);
            var props = new Props();
            props.put("source", "goAML");
            props.put("keyBasis", strongKey != null ? "IDENTIFIER" : "REPORT_POSITION");
            props.put("name", strip(entity.getName()));
            props.put("commercialName", strip(entity.getCommercialName()));
            props.put("legalForm", entity.getIncorporationLegalForm());
            props.put("incorporationNumber", entity.getIncorporationNumber());
            props.put("incorporationState", entity.getIncorporationState());
            props.put("incorporationCountry", entity.getIncorporationCountryCode());
            props.put(
                    "incorporationDate",
                    entity.getIncorporationDate() == null ? null : localDate(entity.getIncorporationDate()));
            props.put("business", entity.getBusiness());
            props.put("url", entity.getUrl());
            party(key, PartyKind.ORGANISATION, props, path, role);
            for (var id : ids) {
                identifier(key, id[0], id[1], id[2], id[3], path);
            }
            phones(
                    key,
                    entity.getPhones() == null ? List.of() : entity.getPhones().getPhone(),
                    path);
            emails(
                    key,
                    entity.getEmail(),
                    entity.getEmails() == null ? List.of() : entity.getEmails().getEmail(),
                    path);
            addresses(
                    key,
                    entity.getAddresses() == null
                            ? List.of()
                            : entity.getAddresses().getAddress(),
                    path);
            var directors = entity.getDirectorId();
            for (int i = 0; i < directors.size(); i++) {
                person(directors.get(i), path + "/director_id" + index(i, directors.size()), "DIRECTOR");
            }
            if (entity.getRelatedPersons() != null) {
                var related = entity.getRelatedPersons().getEntityRelatedPerson();
                for (int i = 0; i < related.size(); i++) {
                    person(
                            related.get(i).getPerson(),
                            path + "/related_persons/entity_related_person" + index(i, related.size()) + "/person",
                            "RELATED:" + codeOr(related.get(i).getRole(), "-"));
                }
            }
            if (entity.getRelatedEntities() != null) {
                var related = entity.getRelatedEntities().getEntityRelatedEntity();
                for (int i = 0; i < related.size(); i++) {
                    entity(
                            related.get(i).getEntity(),
                            path + "/related_entities/entity_related_entity" + index(i, related.size()) + "/entity",
                            "RELATED:" + codeOr(related.get(i).getEntityEntityRelation(), "-"));
                }
            }
            return key;
        }

        private void party(String key, PartyKind kind, Props props, String path, String role) {
            parties.putIfAbsent(key, new PartyNode(key, kind, props.map(), run.at(locator + path)));
            mention(MentionTarget.PARTY, key, role, path);
        }

        private void identifier(
                String party, String key, String kind, @Nullable String value, @Nullable String country, String path) {
            var props = new Props();
            props.put("kind", kind);
            props.put("value", value == null ? null : value.strip());
            props.put("country", country == null ? null : IdentifierKeys.code(country));
            identifiers.putIfAbsent(
                    party + "\u001f" + key, new IdentifierLink(party, key, props.map(), run.at(locator + path)));
        }

        private void phones(String party, List<Phone> phones, String path) {
            for (var phone : phones) {
                IdentifierKeys.phone(phone.getTphCountryPrefix(), phone.getTphNumber())
                        .ifPresent(key -> identifier(party, key, "PHONE", phone.getTphNumber(), null, path));
            }
        }

        private void emails(String party, List<String> direct, List<String> wrapped, String path) {
            var all = new ArrayList<>(direct);
            all.addAll(wrapped);
            for (var email : all) {
                IdentifierKeys.email(email).ifPresent(key -> identifier(party, key, "EMAIL", email, null, path));
            }
        }

        private void addresses(String party, List<Address> list, String path) {
            for (var address : list) {
                IdentifierKeys.address(
                                address.getCountryCode(),
                                address.getCity(),
                                address.getAddress(),
                                address.getHouseNumber(),
                                address.getApartmentNumber(),
                                address.getAdditionalAddressLine1(),
                                address.getAdditionalAddressLine2(),
                                address.getTown(),
                                address.getZip())
                        .ifPresent(key -> {
                            var props = new Props();
                            props.put("address", strip(address.getAddress()));
                            props.put("houseNumber", address.getHouseNumber());
                            props.put("apartmentNumber", address.getApartmentNumber());
                            props.put("additionalLine1", address.getAdditionalAddressLine1());
                            props.put("additionalLine2", address.getAdditionalAddressLine2());
                            props.put("town", address.getTown());
                            props.put("city", strip(address.getCity()));
                            props.put("zip", address.getZip());
                            props.put("state", address.getState());
                            props.put("countryCode", address.getCountryCode());
                            var type = codeOr(address.getAddressType(), "-");
                            addresses.putIfAbsent(
                                    party + "\u001f" + key + "\u001f" + type,
                                    new AddressLink(party, key, props.map(), type, run.at(locator + path)));
                        });
            }
        }

        private void mention(MentionTarget target, String key, String role, String path) {
            mentions.putIfAbsent(
                    target + "\u001f" + key + "\u001f" + role,
                    new Mention(reportKey, target, key, role, run.at(locator + path)));
        }

        /** {@code goaml:<rentity>:<entity reference, spaces and % percent-encoded>:<path in the report>}. */
        private String positional(String path) {
            var reference =
                    report.getEntityReference().strip().replace("%", "%25").replaceAll("\\s", "%20");
            return "goaml:" + rentity + ":" + reference + ":" + path;
        }

        // ----- values -----

        private Asset currency(@Nullable String code, String at) {
            if (isBlank(code)) {
                throw malformed(at, field(at), "missing currency");
            }
            try {
                return Asset.currency(code);
            } catch (IllegalArgumentException e) {
                throw malformed(at, field(at), "unknown currency '" + code.strip() + "'");
            }
        }

        private Money money(BigDecimal value, Asset asset, String at, String field) {
            Money money;
            try {
                money = Money.parse(value.toPlainString(), asset);
            } catch (IllegalArgumentException e) {
                throw malformed(at, field, e.getMessage());
            }
            if (money.isNegative()) {
                throw malformed(at, field, "negative amount " + value.toPlainString());
            }
            return money;
        }

        /** An xs:dateTime as an instant; one written without a zone is read in the configured zone. */
        private Instant instant(XMLGregorianCalendar calendar) {
            var local = LocalDateTime.of(
                    calendar.getYear(),
                    calendar.getMonth(),
                    calendar.getDay(),
                    calendar.getHour() == DatatypeConstants.FIELD_UNDEFINED ? 0 : calendar.getHour(),
                    calendar.getMinute() == DatatypeConstants.FIELD_UNDEFINED ? 0 : calendar.getMinute(),
                    calendar.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : calendar.getSecond(),
                    calendar.getFractionalSecond() == null
                            ? 0
                            : calendar.getFractionalSecond().movePointRight(9).intValue());
            if (calendar.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
                return local.atZone(settings.zone()).toInstant();
            }
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(calendar.getTimezone() * 60))
                    .toInstant();
        }

        private static LocalDate localDate(XMLGregorianCalendar calendar) {
            return LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay());
        }

        private MalformedRecordException malformed(String at, @Nullable String field, String reason) {
            return new MalformedRecordException(run.input(), at, field, reason);
        }

        // ----- XML kept verbatim -----

        private Element transactionElement(int position) {
            int seen = 0;
            for (Node child = element.report().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && "transaction".equals(e.getLocalName())) {
                    seen++;
                    if (seen == position) {
                        return e;
                    }
                }
            }
            throw new IllegalStateException("transaction[" + position + "] is bound but not in the DOM");
        }

        private String reportXmlWithoutTransferredTransactions() {
            var copy = (Element) element.report().cloneNode(true);
            int seen = 0;
            var remove = new ArrayList<Node>();
            for (Node child = copy.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && "transaction".equals(e.getLocalName())) {
                    seen++;
                    if (transferred.contains(seen)) {
                        remove.add(e);
                    }
                }
            }
            remove.forEach(copy::removeChild);
            return serialise(copy);
        }
    }

    private String serialise(Element element) {
        var out = new StringWriter();
        try {
            serializer.transform(new DOMSource(element), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a parsed XML element", e);
        }
        return out.toString();
    }

    private static @Nullable UsdValue usdIfDollars(Money amount, Instant at) {
        if (!amount.asset().code().equals("USD")) {
            return null;
        }
        return UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private static String field(String locator) {
        return locator.substring(locator.lastIndexOf('/') + 1);
    }

    private static String index(int i, int size) {
        return size > 1 || i > 0 ? "[" + (i + 1) + "]" : "";
    }

    private static String codeOr(@Nullable String code, String fallback) {
        return isBlank(code) ? fallback : IdentifierKeys.code(code);
    }

    private static String firstNonBlank(@Nullable String... values) {
        var found = firstNonBlankOrNull(values);
        return found == null ? "" : found;
    }

    private static @Nullable String firstNonBlankOrNull(@Nullable String... values) {
        for (var value : values) {
            if (!isBlank(value)) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static String joinName(@Nullable String... parts) {
        var joined = new StringBuilder();
        for (var part : parts) {
            if (!isBlank(part)) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(part.strip());
            }
        }
        return joined.toString();
    }

    /** A property map that leaves out absent values (nulls, blank strings, empty lists). */
    private static final class Props {
        private final Map<String, Object> map = new LinkedHashMap<>();

        void put(String key, @Nullable Object value) {
            if (value == null
                    || (value instanceof String text && text.isBlank())
                    || (value instanceof List<?> list && list.isEmpty())) {
                return;
            }
            map.put(key, value instanceof String text ? text.strip() : value);
        }

        Map<String, Object> map() {
            return map;
        }
    }
}
