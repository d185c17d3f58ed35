package org.flowtrace.ingest.ethereum.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.ingest.SourceUnavailableException;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.web3j.protocol.Service;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.Response;
import tools.jackson.databind.JsonNode;

/**
 * web3j's transport to the node over {@link RetryingHttp}, so that timeouts, dropped connections,
 * HTTP 429 and 5xx are retried with back-off. Batch answers are matched to their requests by id (a
 * node may answer a batch in any order), and a batch answered with a single error object fails with
 * that object named.
 */
final class NodeHttpService extends Service {

    private final URI uri;
    private final RetryingHttp http;

    NodeHttpService(String url, RetryingHttp http) {
        super(false);
        this.uri = URI.create(url);
        this.http = http;
    }

    @Override
    protected InputStream performIO(String payload) {
        return new ByteArrayInputStream(http.postJson(uri, payload));
    }

    @Override
    public BatchResponse sendBatch(BatchRequest batch) throws IOException {
        var requests = batch.getRequests();
        if (requests.isEmpty()) {
            return new BatchResponse(List.of(), List.of());
        }
        var answer = objectMapper.readTree(http.postJson(uri, objectMapper.writeValueAsString(requests)));
        if (!answer.isArray()) {
            throw new SourceUnavailableException(
                    RemoteSource.redact(uri.toString()),
                    "the node answered a batch of " + requests.size() + " requests with "
                            + (answer.has("error") ? "error " + answer.get("error") : "a single object"),
                    null);
        }
        Map<Long, JsonNode> byId = new HashMap<>();
        for (var element : answer) {
            byId.put(element.path("id").asLong(-1), element);
        }
        var responses = new ArrayList<Response<?>>(requests.size());
        for (var request : requests) {
            var element = byId.get(request.getId());
            if (element == null) {
                throw new SourceUnavailableException(
                        RemoteSource.redact(uri.toString()),
                        "the node gave no answer to request " + request.getId() + " (" + request.getMethod()
                                + ") of a batch",
                        null);
            }
            responses.add(objectMapper.treeToValue(element, request.getResponseType()));
        }
        return new BatchResponse(requests, responses);
    }

    @Override
    public void close() {
        http.close();
    }
}
