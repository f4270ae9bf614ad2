package org.officeapi.steps;

import io.cucumber.java.en.When;
import org.officeapi.calls.CallSigning;

import java.time.Clock;
import java.time.Duration;

/** Calls that are signed the wrong way, or not at all: what the gate must refuse. */
public final class SigningSteps {

    private final Journeys journeys;

    public SigningSteps(Journeys journeys) {
        this.journeys = journeys;
    }

    @When("an unsigned call is made to {method} {path}")
    public void anUnsignedCall(String method, String path) {
        journeys.call(method, path, new CallSigning.Unsigned());
    }

    @When("{user} calls {method} {path} with his/her/their ID token as a bearer token")
    public void callsWithABearerToken(String user, String method, String path) {
        journeys.call(method, path, new CallSigning.Bearer(journeys.idToken(user)));
    }

    @When("{user} calls {method} {path} with a tampered signature")
    public void callsWithATamperedSignature(String user, String method, String path) {
        CallSigning.SigV4 proper = journeys.properSignature(user);
        journeys.call(method, path, new CallSigning.SigV4(proper.credentials(), proper.service(), proper.region(), proper.clock(), true));
    }

    @When("{user} calls {method} {path} signed ten minutes ago")
    public void callsSignedTenMinutesAgo(String user, String method, String path) {
        CallSigning.SigV4 proper = journeys.properSignature(user);
        Clock tenMinutesAgo = Clock.offset(proper.clock(), Duration.ofMinutes(-10));
        journeys.call(method, path, new CallSigning.SigV4(proper.credentials(), proper.service(), proper.region(), tenMinutesAgo, false));
    }

    @When("{user} calls {method} {path} signed for the service {string}")
    public void callsSignedForAnotherService(String user, String method, String path, String service) {
        CallSigning.SigV4 proper = journeys.properSignature(user);
        journeys.call(method, path, new CallSigning.SigV4(proper.credentials(), service, proper.region(), proper.clock(), false));
    }

    @When("{user} calls {method} {path} signed for the region {string}")
    public void callsSignedForAnotherRegion(String user, String method, String path, String region) {
        CallSigning.SigV4 proper = journeys.properSignature(user);
        journeys.call(method, path, new CallSigning.SigV4(proper.credentials(), proper.service(), region, proper.clock(), false));
    }
}
