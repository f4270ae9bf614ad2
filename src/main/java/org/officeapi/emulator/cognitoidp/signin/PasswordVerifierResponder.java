package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.srp.OpenedSecretBlock;
import org.officeapi.emulator.cognitoidp.srp.SrpChallenges;
import org.officeapi.emulator.cognitoidp.srp.SrpException;

/**
 * The answer to PASSWORD_VERIFIER: USERNAME (the USER_ID_FOR_SRP of the challenge), the
 * PASSWORD_CLAIM_SECRET_BLOCK as received, TIMESTAMP and PASSWORD_CLAIM_SIGNATURE (plus SECRET_HASH for
 * clients with a secret). The secret block is used up by any answer; a claim made with the wrong password
 * gets AWS's wrong-password answer, and garbage gets a 4xx without touching the user.
 */
public final class PasswordVerifierResponder implements ChallengeResponder {

    private final SignInSteps steps;
    private final SrpChallenges srp;

    public PasswordVerifierResponder(SignInSteps steps, SrpChallenges srp) {
        this.steps = steps;
        this.srp = srp;
    }

    @Override
    public AuthOutcome respond(ChallengeAnswer answer) {
        String username = SignInSteps.required(answer.responses(), "USERNAME");
        String secretBlock = SignInSteps.required(answer.responses(), "PASSWORD_CLAIM_SECRET_BLOCK");
        String timestamp = SignInSteps.required(answer.responses(), "TIMESTAMP");
        String signature = SignInSteps.required(answer.responses(), "PASSWORD_CLAIM_SIGNATURE");
        SecretHash.check(answer.client(), username, answer.responses().get("SECRET_HASH"));
        try {
            OpenedSecretBlock block = srp.openSecretBlock(answer.pool().id(), answer.client().clientId(), secretBlock);
            if (!answer.pool().usernameKey(username).equals(answer.pool().usernameKey(block.userIdForSrp()))) {
                throw CognitoIdpErrors.incorrectUsernameOrPassword();
            }
            // a challenge made for nobody (PreventUserExistenceErrors) ends here, as a wrong password would
            User user = steps.findUserIfAny(answer.pool(), block.userIdForSrp())
                    .orElseThrow(CognitoIdpErrors::incorrectUsernameOrPassword);
            srp.verifyPasswordClaim(block, SrpFlow.record(user), timestamp, signature);
            steps.checkStatusAfterProof(user);
            return steps.complete(answer.pool(), answer.client(), user, answer.now());
        } catch (SrpException e) {
            throw SrpFlow.refusal(e);
        }
    }
}
