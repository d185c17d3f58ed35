package org.flowtrace.analytics.projection;

import java.time.Instant;
import java.util.Arrays;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * Every transfer of the graph, in time order, with its endpoints as indexes into the endpoint table,
 * and for each endpoint its outgoing and incoming transfers in time order (compressed rows). USD
 * values are the stored approximations ({@code NaN} where no rate was known); detectors compare with
 * them and report exact amounts from the graph. Immutable once built.
 */
public final class TransferProjection {

    private final String[] endpointKeys;
    private final boolean[] wallet;
    private final String[] ids;
    private final int[] from;
    private final int[] to;
    private final long[] at;
    private final double[] usd;
    private final String[] channel;
    private final byte[] wholeZeros;
    private final int[] outStart;
    private final int[] outTransfers;
    private final int[] inStart;
    private final int[] inTransfers;

    TransferProjection(
            String[] endpointKeys,
            boolean[] wallet,
            String[] ids,
            int[] from,
            int[] to,
            long[] at,
            double[] usd,
            String[] channel,
            byte[] wholeZeros) {
        this.endpointKeys = endpointKeys;
        this.wallet = wallet;
        this.ids = ids;
        this.from = from;
        this.to = to;
        this.at = at;
        this.usd = usd;
        this.channel = channel;
        this.wholeZeros = wholeZeros;
        int n = endpointKeys.length;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int t = 0; t < from.length; t++) {
            outStart[from[t] + 1]++;
            inStart[to[t] + 1]++;
        }
        for (int e = 0; e < n; e++) {
            outStart[e + 1] += outStart[e];
            inStart[e + 1] += inStart[e];
        }
        outTransfers = new int[from.length];
        inTransfers = new int[from.length];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int t = 0; t < from.length; t++) { // transfers are in time order, so each row is too
            outTransfers[outFill[from[t]]++] = t;
            inTransfers[inFill[to[t]]++] = t;
        }
    }

    public int endpointCount() {
        return endpointKeys.length;
    }

    public int transferCount() {
        return ids.length;
    }

    public String endpointKey(int endpoint) {
        return endpointKeys[endpoint];
    }

    public EndpointLabel endpointLabel(int endpoint) {
        return wallet[endpoint] ? EndpointLabel.WALLET : EndpointLabel.ACCOUNT;
    }

    public String id(int transfer) {
        return ids[transfer];
    }

    public int from(int transfer) {
        return from[transfer];
    }

    public int to(int transfer) {
        return to[transfer];
    }

    /** Seconds since the epoch. */
    public long at(int transfer) {
        return at[transfer];
    }

    public Instant instant(int transfer) {
        return Instant.ofEpochSecond(at[transfer]);
    }

    /** The approximate USD value, {@code NaN} when unknown. */
    public double usd(int transfer) {
        return usd[transfer];
    }

    /** The payment channel as the source names it ({@code Cash}, {@code Wire} …), or {@code ""}. */
    public String channel(int transfer) {
        return channel[transfer];
    }

    /**
     * How round the amount is in its own currency or token: the number of trailing zeros of a whole
     * amount (3 for 25,000.00 EUR, 0 for 1,234), or -1 for an amount with a fraction (1,000.50).
     */
    public int wholeZeros(int transfer) {
        return wholeZeros[transfer];
    }

    /** The transfers {@code endpoint} sent, in time order. */
    public int[] outgoing(int endpoint) {
        return Arrays.copyOfRange(outTransfers, outStart[endpoint], outStart[endpoint + 1]);
    }

    /** How many transfers {@code endpoint} sent. */
    public int outgoingCount(int endpoint) {
        return outStart[endpoint + 1] - outStart[endpoint];
    }

    /** The {@code i}-th transfer {@code endpoint} sent, in time order (no copy, for scans in a loop). */
    public int outgoing(int endpoint, int i) {
        return outTransfers[outStart[endpoint] + i];
    }

    /** The position among {@code endpoint}'s outgoing transfers of the first one later than {@code seconds}. */
    public int firstOutgoingAfter(int endpoint, long seconds) {
        int lo = outStart[endpoint];
        int hi = outStart[endpoint + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[outTransfers[mid]] <= seconds) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - outStart[endpoint];
    }

    /** The transfers {@code endpoint} received, in time order. */
    public int[] incoming(int endpoint) {
        return Arrays.copyOfRange(inTransfers, inStart[endpoint], inStart[endpoint + 1]);
    }

    /** How many transfers {@code endpoint} received. */
    public int incomingCount(int endpoint) {
        return inStart[endpoint + 1] - inStart[endpoint];
    }

    /** The {@code i}-th transfer {@code endpoint} received, in time order (no copy, for scans in a loop). */
    public int incoming(int endpoint, int i) {
        return inTransfers[inStart[endpoint] + i];
    }

    /** The position among {@code endpoint}'s incoming transfers of the first one later than {@code seconds}. */
    public int firstIncomingAfter(int endpoint, long seconds) {
        int lo = inStart[endpoint];
        int hi = inStart[endpoint + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[inTransfers[mid]] <= seconds) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - inStart[endpoint];
    }
}
