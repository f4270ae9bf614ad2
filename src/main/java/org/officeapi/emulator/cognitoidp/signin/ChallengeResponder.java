package org.officeapi.emulator.cognitoidp.signin;

/** Answers one {@code ChallengeName} of RespondToAuthChallenge / AdminRespondToAuthChallenge. */
@FunctionalInterface
public interface ChallengeResponder {

    AuthOutcome respond(ChallengeAnswer answer);
}
