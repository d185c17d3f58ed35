package org.flowtrace.ingest.bods;

import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.ownership.InterestRelation;

/**
 * The BODS {@code interestType} code list (0.2 to 0.4) and the relationship each code becomes: economic
 * interests ({@code shareholding}, rights to profit, income or surplus assets, use of assets, being a
 * beneficiary of a trust) are {@code OWNS}; every other code (voting rights, appointing the board, board
 * member or chair, senior managing official, settlor, trustee, protector, nominee, nominator,
 * contractual and other influence or control, unknown or unpublished interests) is {@code CONTROLS}.
 */
final class BodsInterestType {

    private static final Map<String, InterestRelation> CODES = Map.ofEntries(
            Map.entry("shareholding", InterestRelation.OWNS),
            Map.entry("rightsToSurplusAssetsOnDissolution", InterestRelation.OWNS),
            Map.entry("rightsToProfitOrIncome", InterestRelation.OWNS),
            Map.entry("enjoymentAndUseOfAssets", InterestRelation.OWNS),
            Map.entry("rightToProfitOrIncomeFromAssets", InterestRelation.OWNS),
            Map.entry("beneficiaryOfLegalArrangement", InterestRelation.OWNS),
            Map.entry("votingRights", InterestRelation.CONTROLS),
            Map.entry("appointmentOfBoard", InterestRelation.CONTROLS),
            Map.entry("otherInfluenceOrControl", InterestRelation.CONTROLS),
            Map.entry("seniorManagingOfficial", InterestRelation.CONTROLS),
            Map.entry("settlor", InterestRelation.CONTROLS),
            Map.entry("trustee", InterestRelation.CONTROLS),
            Map.entry("protector", InterestRelation.CONTROLS),
            Map.entry("rightsGrantedByContract", InterestRelation.CONTROLS),
            Map.entry("conditionalRightsGrantedByContract", InterestRelation.CONTROLS),
            Map.entry("controlViaCompanyRulesOrArticles", InterestRelation.CONTROLS),
            Map.entry("controlByLegalFramework", InterestRelation.CONTROLS),
            Map.entry("boardMember", InterestRelation.CONTROLS),
            Map.entry("boardChair", InterestRelation.CONTROLS),
            Map.entry("unknownInterest", InterestRelation.CONTROLS),
            Map.entry("unpublishedInterest", InterestRelation.CONTROLS),
            Map.entry("nominee", InterestRelation.CONTROLS),
            Map.entry("nominator", InterestRelation.CONTROLS));

    private BodsInterestType() {}

    /** The relationship of a code of the list, or empty for a code the standard does not define. */
    static Optional<InterestRelation> relation(String code) {
        return Optional.ofNullable(CODES.get(code));
    }
}
