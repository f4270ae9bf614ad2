package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.LambdaFunction;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The links through which GetFunction lets a caller download a function's code. AWS hands out a
 * presigned S3 URL valid for 10 minutes; the embedded AWS hands out an unguessable link on its own
 * endpoint ({@code /_aws/lambda-code/<token>}), valid as long, for the code the function had then.
 */
public final class CodeLinks {

    public static final String PATH = "/_aws/lambda-code/";
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private final LambdaStore store;
    private final Supplier<URI> endpoint;
    private final Clock clock;

    public CodeLinks(LambdaStore store, Supplier<URI> endpoint, Clock clock) {
        this.store = store;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    String link(CallContext context, LambdaFunction fn) {
        Instant now = clock.instant();
        store.codeLinks.values().removeIf(link -> !link.expires().isAfter(now));
        String token = Ids.mixedAlnum(48);
        store.codeLinks.put(token, new LambdaStore.CodeLink(context.accountId(), context.region(), fn.name(), fn.code().codeId(),
                now.plus(VALIDITY)));
        return endpoint.get().toString() + PATH + token;
    }

    /** The zip a link points at, while the link is valid and the function still has that code. */
    public Optional<byte[]> download(String token) {
        LambdaStore.CodeLink link = store.codeLinks.get(token);
        if (link == null || !link.expires().isAfter(clock.instant())) {
            return Optional.empty();
        }
        LambdaFunction fn = store.in(link.account(), link.region()).functions.get(link.functionName());
        if (fn == null || !fn.code().codeId().equals(link.codeId())) {
            return Optional.empty();
        }
        return Optional.of(fn.code().zip());
    }
}
