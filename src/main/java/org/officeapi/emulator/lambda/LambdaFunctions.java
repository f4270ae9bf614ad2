package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.DeploymentPackage;
import org.officeapi.emulator.lambda.model.LambdaFunction;
import org.officeapi.emulator.lambda.runtime.CodeArchive;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleDirectory;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.DeleteFunctionRequest;
import software.amazon.awssdk.services.lambda.model.DeleteFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionCodeLocation;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsRequest;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lambda functions: create, describe, list, delete. One public method per operation. */
public final class LambdaFunctions {

    /** The runtimes the embedded AWS runs: the Java ones. */
    public static final Set<String> RUNTIMES = Set.of("java17", "java21");
    private static final int DEFAULT_TIMEOUT = 3;
    private static final int MAX_TIMEOUT = 900;
    private static final int DEFAULT_MEMORY = 128;
    private static final int MAX_NAME_LENGTH = 64;
    private static final int DEFAULT_PAGE = 50;

    private final LambdaStore store;
    private final JavaRuntime runtime;
    private final CodeLinks codeLinks;
    private final ExecutionRoles executionRoles;

    /** @param roles and {@code access}: IAM, through its ports, to check each new function's execution role */
    public LambdaFunctions(LambdaStore store, JavaRuntime runtime, CodeLinks codeLinks, RoleDirectory roles, AccessDecisions access) {
        this.store = store;
        this.runtime = runtime;
        this.codeLinks = codeLinks;
        this.executionRoles = new ExecutionRoles(roles, access);
    }

    /**
     * Creates a function from a zip ({@code Code.ZipFile}); Java runtimes only. The execution role must
     * exist and trust {@code lambda.amazonaws.com} (a role younger than IAM's propagation delay does not
     * count yet). The function is Active at once (AWS passes through Pending for a moment).
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction</a>
     */
    public CreateFunctionResponse createFunction(CreateFunctionRequest request, CallContext context) {
        FunctionNames.Reference ref = FunctionNames.resolve(request.functionName(), null, context, "lambda:CreateFunction");
        if (ref.qualifier() != null) {
            throw LambdaErrors.invalidParameter("Unqualified function name expected, not " + request.functionName());
        }
        if (ref.name().length() > MAX_NAME_LENGTH) {
            throw LambdaErrors.invalidParameter("1 validation error detected: Value '" + request.functionName()
                    + "' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to " + MAX_NAME_LENGTH);
        }
        if ("Image".equals(request.packageTypeAsString())) {
            // UNCONFIRMED wording: the embedded AWS runs no container images
            throw LambdaErrors.invalidParameter("The embedded AWS runs functions from Zip packages only, not container images.");
        }
        if (request.runtimeAsString() == null || request.handler() == null) {
            throw LambdaErrors.invalidParameter("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }
        if (!RUNTIMES.contains(request.runtimeAsString())) {
            // AWS's wording for a runtime it does not take, listing what the embedded AWS takes
            throw LambdaErrors.invalidParameter("Value " + request.runtimeAsString() + " at 'runtime' failed to satisfy constraint:"
                    + " Member must satisfy enum value set: [java17, java21] or be a valid ARN");
        }
        int timeout = request.timeout() == null ? DEFAULT_TIMEOUT : request.timeout();
        if (timeout > MAX_TIMEOUT) {
            // UNCONFIRMED code: the service model no longer bounds Timeout, so Lambda itself refuses it
            throw LambdaErrors.invalidParameter("1 validation error detected: Value '" + timeout
                    + "' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to " + MAX_TIMEOUT);
        }
        if (Boolean.TRUE.equals(request.publish())) {
            throw LambdaErrors.invalidParameter("The embedded AWS does not publish function versions: create the function without Publish.");
        }
        DeploymentPackage code = deploymentPackage(request);
        // UNCONFIRMED order: the role is checked after the request's own parameters and before the name's uniqueness
        executionRoles.requireAssumable(request.role(), ref.account(), ref.arn());
        List<String> architectures = request.hasArchitectures() ? request.architecturesAsStrings() : List.of("x86_64");
        Map<String, String> environment = request.environment() == null || !request.environment().hasVariables()
                ? Map.of() : request.environment().variables();
        LambdaFunction fn = new LambdaFunction(ref.name(), ref.arn(), request.runtimeAsString(), request.role(), request.handler(),
                request.description() == null ? "" : request.description(), timeout,
                request.memorySize() == null ? DEFAULT_MEMORY : request.memorySize(), architectures, environment,
                request.hasTags() ? request.tags() : Map.of(), code, context.receivedAt(), Ids.uuid(), List.of());
        if (store.in(ref.account(), ref.region()).functions.putIfAbsent(ref.name(), fn) != null) {
            throw LambdaErrors.functionExists(ref.name());
        }
        return FunctionConfigurations.copy(FunctionConfigurations.of(fn, true), CreateFunctionResponse.builder());
    }

    /**
     * The configuration, a link to download the code (valid 10 minutes, served by the embedded AWS
     * itself at {@code /_aws/lambda-code/…} where AWS gives a presigned S3 URL) and the tags.
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html">GetFunction</a>
     */
    public GetFunctionResponse getFunction(GetFunctionRequest request, CallContext context) {
        LambdaFunction fn = find(request.functionName(), request.qualifier(), context, "lambda:GetFunction");
        GetFunctionResponse.Builder response = GetFunctionResponse.builder()
                .configuration(FunctionConfigurations.of(fn, true))
                .code(FunctionCodeLocation.builder().repositoryType("S3").location(codeLinks.link(context, fn)).build());
        if (!fn.tags().isEmpty()) {
            response.tags(fn.tags());
        }
        return response.build();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionConfiguration.html">GetFunctionConfiguration</a> */
    public GetFunctionConfigurationResponse getFunctionConfiguration(GetFunctionConfigurationRequest request, CallContext context) {
        LambdaFunction fn = find(request.functionName(), request.qualifier(), context, "lambda:GetFunctionConfiguration");
        return FunctionConfigurations.copy(FunctionConfigurations.of(fn, true), GetFunctionConfigurationResponse.builder());
    }

    /**
     * The region's functions by name, {@code MaxItems} (at most 50) at a time; {@code Marker} is the
     * opaque {@code NextMarker} of the previous page.
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html">ListFunctions</a>
     */
    public ListFunctionsResponse listFunctions(ListFunctionsRequest request, CallContext context) {
        List<LambdaFunction> all = new ArrayList<>(store.in(context.accountId(), context.region()).functions.values());
        all.sort(Comparator.comparing(LambdaFunction::name));
        String after = request.marker() == null ? null : markerName(request.marker());
        // "ListFunctions returns a maximum of 50 items in each response, even if you set the number higher"
        int limit = request.maxItems() == null ? DEFAULT_PAGE : Math.min(request.maxItems(), DEFAULT_PAGE);
        List<FunctionConfiguration> page = new ArrayList<>();
        String next = null;
        for (LambdaFunction fn : all) {
            if (after != null && fn.name().compareTo(after) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                next = marker(page.get(page.size() - 1).functionName());
                break;
            }
            page.add(FunctionConfigurations.of(fn, false));
        }
        return ListFunctionsResponse.builder().functions(page).nextMarker(next).build();
    }

    /**
     * Deletes the function, its permissions and its warm environments.
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html">DeleteFunction</a>
     */
    public DeleteFunctionResponse deleteFunction(DeleteFunctionRequest request, CallContext context) {
        FunctionNames.Reference ref = FunctionNames.resolve(request.functionName(), request.qualifier(), context, "lambda:DeleteFunction");
        if (FunctionNames.LATEST.equals(ref.qualifier())) {
            throw LambdaErrors.invalidParameter("$LATEST version cannot be deleted without deleting the function.");
        }
        if (!ref.latest()) {
            throw LambdaErrors.functionNotFound(ref.qualifiedArn());
        }
        LambdaFunction removed = store.in(ref.account(), ref.region()).functions.remove(ref.name());
        if (removed == null) {
            throw LambdaErrors.functionNotFound(ref.arn());
        }
        runtime.discard(removed);
        return DeleteFunctionResponse.builder().statusCode(204).build();
    }

    /** The function a request names ($LATEST only: any other qualifier names a version or alias that does not exist). */
    LambdaFunction find(String nameOrArn, String qualifier, CallContext context, String action) {
        FunctionNames.Reference ref = FunctionNames.resolve(nameOrArn, qualifier, context, action);
        LambdaFunction fn = store.in(ref.account(), ref.region()).functions.get(ref.name());
        if (fn == null || !ref.latest()) {
            throw LambdaErrors.functionNotFound(ref.qualifiedArn());
        }
        return fn;
    }

    private static DeploymentPackage deploymentPackage(CreateFunctionRequest request) {
        if (request.code() == null) {
            throw LambdaErrors.invalidParameter("Please provide a source for function code.");
        }
        if (request.code().zipFile() == null) {
            // UNCONFIRMED wording when neither is given; S3 and images are not served by the embedded AWS
            throw LambdaErrors.invalidParameter(request.code().s3Bucket() != null || request.code().imageUri() != null
                    ? "The embedded AWS takes function code as Code.ZipFile only (no S3 object, no image)."
                    : "Please provide a source for function code.");
        }
        byte[] zip = request.code().zipFile().asByteArray();
        CodeArchive.check(zip);
        return new DeploymentPackage(Ids.uuid(), zip, sha256(zip), zip.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String marker(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String markerName(String marker) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (decoded.startsWith("v1:")) {
                return decoded.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        // UNCONFIRMED wording for a marker Lambda did not issue
        throw LambdaErrors.invalidParameter("Invalid marker: " + marker);
    }
}
