package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.ports.FunctionInvocation;
import org.officeapi.emulator.ports.FunctionInvoker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Step 4b of execute-api: calls the integration's Lambda function as {@code apigateway.amazonaws.com}
 * for the request's execute-api ARN, within the integration's timeout (API Gateway's own limit is
 * 29 s, whatever the function's). What the function answers is left to {@link ProxyResponseMapper}.
 */
public final class ProxyIntegration {

    public static final String SERVICE_PRINCIPAL = "apigateway.amazonaws.com";
    private static final Logger LOG = LoggerFactory.getLogger(ProxyIntegration.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final FunctionInvoker invoker;
    private final ExecutorService executor;

    public ProxyIntegration(FunctionInvoker invoker) {
        this.invoker = invoker;
        // an invocation that outlives its timeout must not hold a request thread: it runs on its own
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "execute-api-integration-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param sourceArn the execute-api ARN of the request, which the function's resource policy is checked against
     * @return the invocation's outcome; {@code TIMEOUT} when the function did not answer in time
     */
    public FunctionInvocation invoke(IntegrationRecord integration, String sourceArn, byte[] event) {
        if (!"POST".equals(integration.httpMethod())) {
            // Lambda's Invoke API is a POST: any other integration method fails at run time on AWS
            // ("Execution failed due to configuration error"), which reaches the caller as a 500
            return new FunctionInvocation(FunctionInvocation.Outcome.PERMISSION_DENIED, new byte[0],
                    "Lambda integrations must use POST, not " + integration.httpMethod());
        }
        Duration timeout = Duration.ofMillis(integration.timeoutInMillis());
        Future<FunctionInvocation> call = executor.submit(() -> invoker.invokeAsService(integration.functionArn(),
                SERVICE_PRINCIPAL, sourceArn, event));
        try {
            FunctionInvocation result = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (result == null) {
                return new FunctionInvocation(FunctionInvocation.Outcome.FUNCTION_ERROR, new byte[0], "no result");
            }
            return result;
        } catch (TimeoutException e) {
            call.cancel(true);
            return new FunctionInvocation(FunctionInvocation.Outcome.TIMEOUT, new byte[0],
                    "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new FunctionInvocation(FunctionInvocation.Outcome.TIMEOUT, new byte[0], "interrupted");
        } catch (ExecutionException e) {
            // a failure of the invoker itself, not of the function: AWS reports integration failures as 500
            LOG.warn("invoking {} failed: {}", integration.functionArn(), e.getCause() == null ? e : e.getCause().toString());
            return new FunctionInvocation(FunctionInvocation.Outcome.NOT_FOUND, new byte[0], "invocation failed");
        }
    }
}
