package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One planted scam compound: its designated operator, the companies he owns through layers of holdings
 * (with the bank accounts of the operating companies), the coerced workers whose accounts were opened in
 * a batch at one bank, and the paid mules who rent their accounts to it.
 *
 * @param id {@code C01} …
 * @param designationId the operator's entry in the generated designations list
 * @param park the name the compound goes by
 * @param companies holding companies first, operating companies (those with accounts) last
 * @param holdings who owns what, as the register states it
 * @param cycle record ids round the ownership cycle (first repeated at the end), or empty
 * @param workerBank the bank (index) where the workers' accounts were opened
 * @param handlerPhone the phone the compound's handler registers for the workers ({@code +<digits>})
 * @param dormitory the compound's address the workers give
 */
record Compound(
        String id,
        String designationId,
        Operator operator,
        String park,
        String parkCountry,
        List<Company> companies,
        List<Holding> holdings,
        List<String> cycle,
        int workerBank,
        String handlerPhone,
        String dormitory,
        List<Worker> workers,
        List<Mule> mules,
        List<RegisteredPerson> nominees) {

    Compound {
        companies = List.copyOf(companies);
        holdings = List.copyOf(holdings);
        cycle = List.copyOf(cycle);
        workers = List.copyOf(workers);
        mules = List.copyOf(mules);
        nominees = List.copyOf(nominees);
    }

    /** The designated operator, as the register and the list name him. */
    record Operator(
            String recordId, CompoundNames.OperatorName name, String nationality, String birthMonth, String passport) {}

    /**
     * A company of the group.
     *
     * @param account the account (population index) of an operating company, or -1 for a holding
     */
    record Company(
            String recordId,
            String name,
            String jurisdiction,
            String scheme,
            String registration,
            LocalDate founded,
            int account) {
        boolean operating() {
            return account >= 0;
        }
    }

    /**
     * One stated interest: {@code owner} holds a share of {@code subject}, exact or as a range.
     *
     * @param nominee whether the owner holds it as a nominee for someone the register does not name
     */
    record Holding(
            String owner,
            String subject,
            @Nullable BigDecimal exact,
            @Nullable BigDecimal exclusiveMinimum,
            @Nullable BigDecimal maximum,
            boolean nominee,
            LocalDate since) {}

    /** A nominee or another person the register names. */
    record RegisteredPerson(String recordId, CompoundNames.PersonName name) {}

    /**
     * A coerced worker.
     *
     * @param account the worker's account (population index, at the compound's worker bank)
     * @param opened when the bank opened it
     * @param ownPhone the worker's own phone, or {@code null} when the account gives the handler's
     */
    record Worker(
            int account,
            CompoundNames.PersonName name,
            LocalDate born,
            String passport,
            LocalDateTime opened,
            @Nullable String ownPhone) {}

    /**
     * A paid mule: a local who rents out an account (opened years before) for a cut.
     *
     * @param statement whether the account's bank statement is written (camt.053), its every transfer in it
     */
    record Mule(
            int account,
            CompoundNames.PersonName name,
            LocalDate born,
            String idNumber,
            String phone,
            LocalDateTime opened,
            boolean statement) {}

    /** The companies with accounts. */
    List<Company> operating() {
        return companies.stream().filter(Company::operating).toList();
    }
}
