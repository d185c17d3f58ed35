package org.flowtrace.ingest.ethereum;

import java.io.InputStream;
import org.flowtrace.ingest.MalformedRecordException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the payload of saved API responses one element at a time: a JSON-RPC envelope
 * ({@code {"jsonrpc":"2.0","id":1,"result":…}}), a batch of them in an array, or several written one
 * after another; likewise TronGrid pages ({@code {"data":[…],"success":true,"meta":{…}}}). When the
 * payload field holds an array each element is one {@link Element}; otherwise the whole value is. An
 * {@code error} field becomes an element of its own. Only one element is in memory at a time, so an
 * {@code eth_getLogs} file of any size streams.
 *
 * <p>A file cut off mid-way yields every complete element before the cut, then one
 * {@link MalformedRecordException} naming the response where the JSON broke, then the end.
 */
public final class JsonEnvelopeParser implements AutoCloseable {

    /**
     * One payload value.
     *
     * @param position where it is: {@code response 2 result[17]}, {@code result}, {@code data[3]}
     * @param value the payload element, or the error object when {@code error} is true
     */
    public record Element(String position, JsonNode value, boolean error) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonParser parser;
    private final String source;
    private final String payloadField;
    private int response;
    private boolean batch;
    private boolean inEnvelope;
    private boolean inPayloadArray;
    private int payloadIndex;
    private boolean sawPayload;
    private boolean finished;

    /**
     * @param payloadField {@code result} for JSON-RPC, {@code data} for TronGrid
     */
    public JsonEnvelopeParser(InputStream in, String source, String payloadField) {
        this.parser = JSON.createParser(in);
        this.source = source;
        this.payloadField = payloadField;
    }

    /** The next element, or {@code null} at the end. */
    public @Nullable Element next() {
        while (!finished) {
            try {
                var element = advance();
                if (element != null) {
                    return element;
                }
            } catch (JacksonException e) {
                finished = true;
                throw new MalformedRecordException(
                        source,
                        "response " + Math.max(response, 1),
                        null,
                        "truncated or malformed JSON: " + e.getOriginalMessage()
                                + (e.getLocation() == null
                                        ? ""
                                        : " at line " + e.getLocation().getLineNr()),
                        e);
            }
        }
        return null;
    }

    private @Nullable Element advance() {
        if (inPayloadArray) {
            var token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                inPayloadArray = false;
                return null;
            }
            var value = readValue(token);
            return new Element(responseName() + payloadField + "[" + payloadIndex++ + "]", value, false);
        }
        if (inEnvelope) {
            var token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                inEnvelope = false;
                if (!sawPayload) {
                    return new Element(
                            "response " + response,
                            JSON.createObjectNode()
                                    .put("message", "response has neither " + payloadField + " nor error"),
                            true);
                }
                return null;
            }
            if (token == null) {
                throw new MalformedRecordException(
                        source, "response " + response, null, "truncated JSON: end of file inside a response");
            }
            var name = parser.currentName();
            var valueToken = parser.nextToken();
            if (payloadField.equals(name)) {
                sawPayload = true;
                if (valueToken == JsonToken.START_ARRAY) {
                    inPayloadArray = true;
                    payloadIndex = 0;
                    return null;
                }
                return new Element(responseName() + payloadField, readValue(valueToken), false);
            }
            if ("error".equals(name)) {
                sawPayload = true;
                return new Element("response " + response, readValue(valueToken), true);
            }
            parser.skipChildren();
            return null;
        }
        var token = parser.nextToken();
        if (token == null) {
            finished = true;
            return null;
        }
        if (token == JsonToken.START_ARRAY && !batch) {
            batch = true;
            return null;
        }
        if (token == JsonToken.END_ARRAY && batch) {
            batch = false;
            return null;
        }
        if (token == JsonToken.START_OBJECT) {
            response++;
            inEnvelope = true;
            sawPayload = false;
            return null;
        }
        finished = true;
        throw new MalformedRecordException(
                source, "response " + (response + 1), null, "not a response object: found " + token);
    }

    private JsonNode readValue(JsonToken token) {
        if (token == null) {
            throw new MalformedRecordException(
                    source, "response " + response, null, "truncated JSON: end of file inside a value");
        }
        return JSON.readTree(parser);
    }

    private String responseName() {
        return batch || response > 1 ? "response " + response + " " : "";
    }

    @Override
    public void close() {
        parser.close();
    }
}
