/**
 * The user pools' side of {@code USER_SRP_AUTH}, pure: no store, no HTTP. The user-pool service keeps a
 * {@link org.officeapi.emulator.cognitoidp.srp.SrpVerifierRecord} per user instead of the password and
 * drives one {@link org.officeapi.emulator.cognitoidp.srp.SrpChallenges} per embedded AWS:
 * {@code challenge(…)} in InitiateAuth, {@code openSecretBlock(…)} then {@code verifyPasswordClaim(…)} in
 * RespondToAuthChallenge. Every refusal is an {@link org.officeapi.emulator.cognitoidp.srp.SrpException}
 * whose {@link org.officeapi.emulator.cognitoidp.srp.SrpFailure} names the AWS error to answer with.
 */
package org.officeapi.emulator.cognitoidp.srp;
