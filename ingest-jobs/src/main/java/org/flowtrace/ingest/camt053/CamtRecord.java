package org.flowtrace.ingest.camt053;

import org.flowtrace.ingest.support.Locatable;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One transaction of a camt entry as read, before mapping: the statement header it belongs to, the
 * whole entry, and one of its transaction details ({@code TxDtls}) — or none, for an entry without
 * details. A batched entry with several details yields one record per detail.
 *
 * @param format the message and version
 * @param statement the {@code Stmt} (or {@code Ntfctn}) element with its header children (Id, Acct …)
 * @param statementPath its XPath, e.g. {@code /Document/BkToCstmrStmt/Stmt[1]}
 * @param entry the {@code Ntry} element
 * @param entryNumber the entry's 1-based position in its statement
 * @param transaction the {@code TxDtls} element, or {@code null} when the entry has none
 * @param transactionNumber 1-based position of the detail within the entry (1 when there is none)
 * @param transactionCount how many details the entry has (0 when none)
 * @param path XPath of the detail (or of the entry, when it has none)
 */
record CamtRecord(
        CamtFormat format,
        XmlElement statement,
        String statementPath,
        XmlElement entry,
        int entryNumber,
        @Nullable XmlElement transaction,
        int transactionNumber,
        int transactionCount,
        String path)
        implements Locatable {

    /** The XPath and the line of the detail or entry: {@code /Document/…/Ntry[3]/NtryDtls[1]/TxDtls[2] (line 140)}. */
    @Override
    public String locator() {
        var line = transaction == null ? entry.line() : transaction.line();
        return path + " (line " + line + ")";
    }
}
