package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flowtrace.api.ingest.IngestFormat;
import org.flowtrace.ingest.ethereum.node.EthereumNodeIngestJob;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.tron.grid.TronGridIngestJob;
import org.flowtrace.ingest.tron.grid.TronJsonRpcIngestJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowtrace ingest <format> …}: load evidence files into the graph, one restartable job per file. */
@Command(
        name = "ingest",
        description = "Load evidence into the graph: one restartable, idempotent job per file, rejects written beside.",
        subcommands = {
            IngestCommand.Ledger.class,
            IngestCommand.Goaml.class,
            IngestCommand.Camt053.class,
            IngestCommand.FxRates.class,
            IngestCommand.EthereumExport.class,
            IngestCommand.TronExport.class,
            IngestCommand.Ethereum.class,
            IngestCommand.Tron.class,
            IngestCommand.Prices.class,
            IngestCommand.TagPacks.class,
            IngestCommand.Bods.class,
            IngestCommand.Ftm.class,
            IngestCommand.Ofac.class,
            IngestCommand.Designations.class
        })
final class IngestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing format: see 'flowtrace ingest --help'");
    }

    @Command(
            name = "ledger",
            description = "Bank ledger CSV files (IBM AMLworld layout, or any layout with a mapping file).")
    static final class Ledger extends IngestSourceCommand {

        @Option(
                names = "--mapping",
                paramLabel = "amlworld|FILE",
                defaultValue = "amlworld",
                description = "Column mapping: amlworld (default) or a mapping YAML file")
        String mapping;

        @Option(
                names = "--bulk",
                description =
                        "Initial load of one large file into an empty data folder through Neo4j's import tool (embedded Neo4j only; much faster than the transactional load)")
        boolean bulk;

        @Override
        public Integer call() {
            return bulk ? LedgerBulkCommand.run(this) : super.call();
        }

        @Override
        IngestFormat format() {
            return IngestFormat.LEDGER;
        }

        @Override
        Map<String, String> options() {
            return IngestFormat.LEDGER.jobOptions(Map.of("mapping", mapping), IngestSourceCommand::file);
        }
    }

    @Command(
            name = "goaml",
            description = {
                "goAML XML reports to an FIU (STR, SAR, CTR, AIFT, DPMSR …): one report or many under a wrapper"
                        + " element per file.",
                "Each report is validated against the FIU's schema (--schema; by default flowtrace's structural"
                        + " schema of goAML 5.0.x) and loaded whole or rejected whole."
            })
    static final class Goaml extends IngestSourceCommand {

        @Option(
                names = "--schema",
                paramLabel = "XSD",
                description = "The goAML schema your FIU publishes (its .NET-style patterns are normalised)")
        Path schema;

        @Override
        IngestFormat format() {
            return IngestFormat.GOAML;
        }

        /** goAML chunks count reports, each of which may hold many transactions. */
        @Override
        String chunkSizeKey() {
            return "flowtrace.ingest.goaml.chunk-size";
        }

        @Override
        Map<String, String> options() {
            return schema == null
                    ? Map.of()
                    : IngestFormat.GOAML.jobOptions(Map.of("schema", schema.toString()), IngestSourceCommand::file);
        }
    }

    @Command(
            name = "camt053",
            description = "ISO 20022 bank-to-customer statements (camt.053) and debit/credit notifications"
                    + " (camt.054), versions 001.02 to 001.13.")
    static final class Camt053 extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.CAMT053;
        }
    }

    @Command(
            name = "fx-rates",
            description = "Daily FX reference rates (CSV: date,currency,usd_per_unit[,source]); then values every"
                    + " transfer lacking a USD value where a rate for its asset and day exists."
                    + " Use --rerun to value transfers loaded after the rates.")
    static class FxRates extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.FX_RATES;
        }
    }

    @Command(
            name = "ethereum-export",
            description = "Ethereum exports for FIUs without a node: saved JSON-RPC responses (blocks, receipts, logs)"
                    + " and ethereum-etl CSV / JSON lines. Native ETH and ERC-20 transfers; the files of a folder"
                    + " supply one another's block times, receipt statuses and token decimals.")
    static final class EthereumExport extends IngestSourceCommand {

        @Option(
                names = "--tokens",
                paramLabel = "FILE",
                description = "An ethereum-etl tokens.csv stating the decimals of tokens outside the registry")
        java.nio.file.Path tokens;

        @Override
        IngestFormat format() {
            return IngestFormat.ETHEREUM_EXPORT;
        }

        @Override
        Map<String, String> options() {
            return tokens == null
                    ? Map.of()
                    : IngestFormat.ETHEREUM_EXPORT.jobOptions(
                            Map.of("tokens", tokens.toString()), IngestSourceCommand::file);
        }
    }

    @Command(
            name = "tron-export",
            description = "TRC-20 transfers from saved TronGrid pages (account TRC-20 history, contract events)"
                    + " and TRON JSON-RPC log responses.")
    static final class TronExport extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.TRON_EXPORT;
        }
    }

    @Command(
            name = "ethereum",
            description = {
                "Native ETH, internal and ERC-20 transfers read live from an Ethereum JSON-RPC node (web3j),"
                        + " in parallel batches of blocks; restartable at the last completed block.",
                "Internal transfers come from trace_block or debug_traceBlockByNumber where the node offers them;"
                        + " the summary says when it does not."
            })
    static final class Ethereum extends IngestRemoteCommand {

        @Option(names = "--rpc", required = true, paramLabel = "URL", description = "The node's JSON-RPC URL")
        String rpc;

        @Option(names = "--from-block", required = true, paramLabel = "N", description = "First block")
        long fromBlock;

        @Option(
                names = "--to-block",
                paramLabel = "M",
                description = "Last block (required unless --follow; with --follow, where to stop)")
        Long toBlock;

        @Option(
                names = "--tokens",
                split = ",",
                paramLabel = "TOKEN",
                description = "Only these tokens' transfers: contract addresses or registry symbols (USDT,USDC …)")
        List<String> tokens;

        @Option(names = "--all-erc20", description = "Every ERC-20 token's transfers (the default)")
        boolean allErc20;

        @Option(
                names = "--follow",
                description = "Keep reading new blocks, --confirmations behind the head, until Ctrl-C")
        boolean follow;

        @Option(
                names = "--confirmations",
                paramLabel = "N",
                description = "With --follow: blocks to stay behind the head (default 12)")
        Integer confirmations;

        @Override
        Class<? extends RemoteIngestJobFactory> factory() {
            return EthereumNodeIngestJob.class;
        }

        @Override
        RemoteSource source() {
            if (allErc20 && tokens != null) {
                throw new IllegalArgumentException("--tokens and --all-erc20 exclude each other");
            }
            return EthereumNodeIngestJob.source(rpc, fromBlock, toBlock, tokens, follow, confirmations);
        }

        @Override
        boolean follows() {
            return follow;
        }

        @Override
        void stop(RemoteIngestJobFactory factory) {
            ((EthereumNodeIngestJob) factory).stopFollowing();
        }
    }

    @Command(
            name = "tron",
            description = {
                "TRC-20 transfers read live: from a TronGrid-compatible API (--api; an account's TRC-20 history or a"
                        + " contract's Transfer events in a time window, paged by fingerprint), or from TRON's JSON-RPC"
                        + " (--jsonrpc; a contract's Transfer logs in a block range).",
                "Keys and records are those of tron-export."
            })
    static final class Tron extends IngestRemoteCommand {

        @Option(
                names = "--api",
                paramLabel = "URL",
                description = "TronGrid-compatible API, e.g. https://api.trongrid.io")
        String api;

        @Option(
                names = "--jsonrpc",
                paramLabel = "URL",
                description = "TRON JSON-RPC, e.g. https://api.trongrid.io/jsonrpc")
        String jsonRpc;

        @Option(
                names = "--address",
                paramLabel = "T…",
                description = "With --api: the account whose TRC-20 history is read")
        String address;

        @Option(
                names = "--contract",
                paramLabel = "T…",
                description = "The token contract whose Transfer events are read")
        String contract;

        @Option(names = "--from", paramLabel = "TIME", description = "With --api: start, ISO date or instant (UTC)")
        String from;

        @Option(names = "--to", paramLabel = "TIME", description = "With --api: end, ISO date or instant (UTC)")
        String to;

        @Option(names = "--from-block", paramLabel = "N", description = "With --jsonrpc: first block")
        Long fromBlock;

        @Option(names = "--to-block", paramLabel = "M", description = "With --jsonrpc: last block")
        Long toBlock;

        @Override
        Class<? extends RemoteIngestJobFactory> factory() {
            return jsonRpc != null ? TronJsonRpcIngestJob.class : TronGridIngestJob.class;
        }

        @Override
        RemoteSource source() {
            if ((api == null) == (jsonRpc == null)) {
                throw new IllegalArgumentException("give exactly one of --api and --jsonrpc");
            }
            if (jsonRpc != null) {
                if (contract == null || fromBlock == null || toBlock == null || address != null) {
                    throw new IllegalArgumentException("--jsonrpc reads a --contract over --from-block/--to-block");
                }
                return TronJsonRpcIngestJob.source(jsonRpc, contract, fromBlock, toBlock);
            }
            if (from == null || to == null) {
                throw new IllegalArgumentException("--api needs --from and --to");
            }
            return TronGridIngestJob.source(api, address, contract, from, to);
        }
    }

    @Command(
            name = "prices",
            description =
                    "Daily asset prices in USD (CSV: date,asset,usd[,source]; asset codes as transfers carry them,"
                            + " e.g. ETHEREUM:ETH, ETHEREUM:0x… for a token); then values every transfer lacking a USD value."
                            + " The same job as fx-rates; stablecoins listed in flowtrace.fx.par-assets are 1 USD without a price.")
    static final class Prices extends FxRates {}

    @Command(
            name = "tagpacks",
            description = "GraphSense TagPacks (YAML): attribution tags on wallets; exchange wallets marked custodial.")
    static final class TagPacks extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.TAGPACKS;
        }
    }

    @Command(
            name = "bods",
            description = "Beneficial Ownership Data Standard statements (0.4 records, 0.2/0.3 statements; JSON array"
                    + " or JSON Lines): parties, OWNS/CONTROLS interests with shares and dates, statement history.")
    static final class Bods extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.BODS;
        }
    }

    @Command(
            name = "ftm",
            description = "FollowTheMoney entities (JSON Lines, OpenSanctions exports and delta files): parties,"
                    + " ownership, directorships, crypto wallets, sanctions, bank accounts, payments (transfers"
                    + " when between bank accounts with an exact amount and a day); other schemata counted.")
    static final class Ftm extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.FTM;
        }
    }

    @Command(
            name = "ofac",
            description = {
                "The OFAC SDN list: sdn.xml, sdn_advanced.xml, or a folder of its CSV files (sdn.csv, alt.csv, add.csv,"
                        + " sdn_comments.csv), or lists of sanctioned addresses (sanctioned_addresses_<CUR>.txt|.json).",
                "Entries are parties DESIGNATED_BY their designation; their digital-currency addresses are wallets on"
                        + " their chains."
            })
    static final class Ofac extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.OFAC;
        }
    }

    @Command(
            name = "designations",
            description = "Lists an FIU curates itself (scam compounds and their operators): the designations CSV"
                    + " layout (see ingest-jobs/README.md) or FollowTheMoney entities.")
    static final class Designations extends IngestSourceCommand {

        @Override
        IngestFormat format() {
            return IngestFormat.DESIGNATIONS;
        }
    }
}
