package org.flowtrace.ingest.ethereum.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;

/**
 * A real local Ethereum node for tests: ganache, installed by the build ({@code npm ci} in
 * {@code src/test/node}), started on 127.0.0.1 on a free port with deterministic accounts, one block
 * per transaction, and stopped on {@link #close()}. Fails loudly when the build did not install it.
 */
public final class Ganache implements AutoCloseable {

    /** Where the build installs it, from this module or from a sibling module (the api's benchmarks). */
    static final Path EXECUTABLE = Files.exists(Path.of("src/test/node/package.json"))
            ? Path.of("src/test/node/node_modules/.bin/ganache")
            : Path.of("../ingest-jobs/src/test/node/node_modules/.bin/ganache");

    public static final long CHAIN_ID = 1337;

    /** The first two accounts of ganache's deterministic wallet ({@code --wallet.deterministic}). */
    public static final Credentials ALICE =
            Credentials.create("0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d");

    public static final Credentials BOB =
            Credentials.create("0x6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1");

    private final Process process;
    private final String url;
    private final Web3j web3j;

    private Ganache(Process process, String url) {
        this.process = process;
        this.url = url;
        this.web3j = Web3j.build(new HttpService(url));
    }

    public static Ganache start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE.toAbsolutePath()
                    + " is missing: the build installs ganache with `npm ci` in src/test/node before the"
                    + " integration tests (run them through ./mvnw -pl ingest-jobs verify)");
        }
        int port = freePort();
        try {
            var process = new ProcessBuilder(
                            EXECUTABLE.toString(),
                            "--server.host",
                            "127.0.0.1",
                            "--server.port",
                            Integer.toString(port),
                            "--wallet.deterministic",
                            "--chain.chainId",
                            Long.toString(CHAIN_ID),
                            "--miner.instamine",
                            "eager",
                            "--logging.quiet")
                    .redirectErrorStream(true)
                    .start();
            var ready = CompletableFuture.runAsync(() -> awaitListening(process));
            try {
                ready.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("ganache did not start listening on port " + port, e);
            }
            return new Ganache(process, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + EXECUTABLE, e);
        }
    }

    private static void awaitListening(Process process) {
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("Listening on")) {
                    // keep draining ganache's output; the stream ends (closed) when the node is stopped
                    Thread.ofPlatform().daemon().start(() -> {
                        try {
                            out.lines().forEach(ignored -> {});
                        } catch (UncheckedIOException stopped) {
                            // the node was stopped
                        }
                    });
                    return;
                }
            }
            throw new IllegalStateException("ganache exited before listening");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    public Web3j web3j() {
        return web3j;
    }

    public long head() throws IOException {
        return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
    }

    /** Sends {@code wei} from {@code from} to {@code to}; returns the mined receipt. */
    public TransactionReceipt sendEther(Credentials from, String to, BigInteger wei) throws IOException {
        return mined(manager(from)
                .sendTransaction(gasPrice(), BigInteger.valueOf(21_000), to, "", wei)
                .getTransactionHash());
    }

    /** Deploys {@code TestToken} (see its README) with these decimals and supply, minted to {@code from}. */
    public String deployToken(Credentials from, int decimals, BigInteger supply) throws IOException {
        var code = new String(
                        Ganache.class
                                .getResourceAsStream("/fixtures/ethereum-node/TestToken.bin")
                                .readAllBytes(),
                        StandardCharsets.US_ASCII)
                .strip();
        var constructor = FunctionEncoder.encodeConstructor(List.of(new Uint8(decimals), new Uint256(supply)));
        var manager = manager(from);
        var nonce = web3j.ethGetTransactionCount(from.getAddress(), DefaultBlockParameterName.PENDING)
                .send()
                .getTransactionCount();
        var creation = RawTransaction.createContractTransaction(
                nonce, gasPrice(), BigInteger.valueOf(3_000_000), BigInteger.ZERO, "0x" + code + constructor);
        var receipt = mined(manager.signAndSend(creation).getTransactionHash());
        return receipt.getContractAddress();
    }

    /** Calls {@code transfer(to, value)} of {@code token} as {@code from}. */
    public TransactionReceipt sendToken(Credentials from, String token, String to, BigInteger value)
            throws IOException {
        return call(from, token, "transfer", to, value);
    }

    /** Calls {@code approve(spender, value)}: an event that is not a transfer. */
    public TransactionReceipt approve(Credentials from, String token, String spender, BigInteger value)
            throws IOException {
        return call(from, token, "approve", spender, value);
    }

    /** Calls {@code function(address, uint256)} of {@code token} as {@code from}; returns the mined receipt. */
    private TransactionReceipt call(Credentials from, String token, String function, String address, BigInteger value)
            throws IOException {
        var data = FunctionEncoder.encode(
                new Function(function, List.of(new Address(address), new Uint256(value)), List.of()));
        return mined(manager(from)
                .sendTransaction(gasPrice(), BigInteger.valueOf(100_000), token, data, BigInteger.ZERO)
                .getTransactionHash());
    }

    private RawTransactionManager manager(Credentials from) {
        return new RawTransactionManager(web3j, from, CHAIN_ID);
    }

    private BigInteger gasPrice() throws IOException {
        return web3j.ethGasPrice().send().getGasPrice().multiply(BigInteger.TWO);
    }

    private TransactionReceipt mined(String hash) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var receipt = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (receipt.isPresent()) {
                if (!receipt.get().isStatusOK()) {
                    throw new IllegalStateException("transaction " + hash + " failed on ganache");
                }
                return receipt.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("transaction " + hash + " not mined within 30 s");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
