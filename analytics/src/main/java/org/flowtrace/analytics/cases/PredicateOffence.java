package org.flowtrace.analytics.cases;

import java.util.List;

/**
 * The predicate offences a case pack has a section for, in the order the pack shows them, each with the
 * instrument that defines it and the elements the evidence is mapped to ({@link OffenceMapping}). The
 * elements are the usual ones of the definitions cited; a prosecutor's own law decides what must be
 * proved.
 */
public enum PredicateOffence {
    TRAFFICKING_IN_PERSONS(
            "Trafficking in persons",
            "UN Trafficking in Persons Protocol (Palermo, 2000) art. 3; FATF designated category of offence",
            List.of(Element.TIP_ACT, Element.TIP_VICTIM, Element.TIP_EXPLOITATION)),
    FRAUD(
            "Fraud",
            "FATF designated category of offence (fraud); pig-butchering and fake-job schemes",
            List.of(Element.FRAUD_DECEPTION, Element.FRAUD_PAYMENT)),
    EXTORTION(
            "Extortion",
            "FATF designated category of offence (extortion)",
            List.of(Element.EXTORTION_DEMAND, Element.EXTORTION_PAYMENT)),
    ILLEGAL_RESTRAINT(
            "Illegal restraint and confinement",
            "FATF designated category (kidnapping, illegal restraint and hostage-taking)",
            List.of(Element.RESTRAINT_HELD, Element.RESTRAINT_RELEASE_FOR_PAYMENT)),
    MONEY_LAUNDERING(
            "Money laundering",
            "Palermo Convention (UNTOC) art. 6; FATF Recommendation 3",
            List.of(
                    Element.ML_PROCEEDS_MOVED,
                    Element.ML_CONCEALMENT,
                    Element.ML_CONTROL,
                    Element.ML_CASH_OUT,
                    Element.ML_REPORTED));

    /** An element of an offence that a piece of evidence supports. */
    public enum Element {
        TIP_ACT("recruitment, transport, harbouring or receipt of persons by an operator"),
        TIP_VICTIM("a person identified as a possible victim"),
        TIP_EXPLOITATION("exploitation: forced labour or forced criminality"),
        FRAUD_DECEPTION("deception: a fake platform, job or investment"),
        FRAUD_PAYMENT("payment made by a deceived victim"),
        EXTORTION_DEMAND("a demand for money with menaces (a 'debt', a 'release fee')"),
        EXTORTION_PAYMENT("payment made under the demand"),
        RESTRAINT_HELD("a person held against their will"),
        RESTRAINT_RELEASE_FOR_PAYMENT("release made conditional on payment"),
        ML_PROCEEDS_MOVED("conversion or transfer of proceeds (placement, layering)"),
        ML_CONCEALMENT("concealment of origin or beneficial ownership"),
        ML_CONTROL("control of the accounts, wallets and companies the proceeds pass through"),
        ML_CASH_OUT("acquisition or use: proceeds reaching an exchange or a designated party"),
        ML_REPORTED("suspicion reported by an obliged entity");

        private final String text;

        Element(String text) {
            this.text = text;
        }

        /** What the element is, in a few words. */
        public String text() {
            return text;
        }
    }

    private final String title;
    private final String basis;
    private final List<Element> elements;

    PredicateOffence(String title, String basis, List<Element> elements) {
        this.title = title;
        this.basis = basis;
        this.elements = List.copyOf(elements);
    }

    /** The section title. */
    public String title() {
        return title;
    }

    /** The instrument that defines the offence. */
    public String basis() {
        return basis;
    }

    /** Its elements, in order. */
    public List<Element> elements() {
        return elements;
    }

    /** The offence an element belongs to. */
    public static PredicateOffence of(Element element) {
        for (var offence : values()) {
            if (offence.elements.contains(element)) {
                return offence;
            }
        }
        throw new IllegalArgumentException("no offence has the element " + element);
    }
}
