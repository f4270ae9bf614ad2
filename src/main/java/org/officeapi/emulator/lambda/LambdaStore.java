package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.AccountRegionStore;
import org.officeapi.emulator.lambda.model.LambdaFunction;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Lambda's state, per account and region. */
public final class LambdaStore {

    /** The functions of one account in one region. */
    public static final class RegionState {
        /** functions by name; a function's permissions live in it, so that both change in one atomic step */
        public final ConcurrentMap<String, LambdaFunction> functions = new ConcurrentHashMap<>();
    }

    /** A download link GetFunction handed out: what it points at, and until when it works. */
    public record CodeLink(String account, String region, String functionName, String codeId, Instant expires) {}

    private final AccountRegionStore<RegionState> states = new AccountRegionStore<>((account, region) -> new RegionState());
    /** code download links by their random token, across accounts (the token is the only key a downloader has) */
    final ConcurrentMap<String, CodeLink> codeLinks = new ConcurrentHashMap<>();

    public RegionState in(String account, String region) {
        return states.get(account, region);
    }

    public void reset() {
        states.reset();
        codeLinks.clear();
    }
}
