/**
 * The arithmetic of Cognito's SRP-6a sign-in ({@code USER_SRP_AUTH}) that is the same for the client
 * and for the server: the 3072-bit group, {@code padHex}, the hashes {@code k}, {@code u} and {@code x},
 * the key derivation, the password-claim signature, the {@code TIMESTAMP} format and {@code SECRET_HASH}.
 *
 * <p>Both the suite's sign-in ({@code org.officeapi.signin.srp}) and the embedded user pools
 * ({@code org.officeapi.emulator.cognitoidp.srp}) use it, so that a quirk of the protocol is written
 * once; it depends on nothing of ours (ArchitectureTest). Every class is stateless and every value
 * immutable. The byte layout follows the browser SDK (amazon-cognito-identity-js), and
 * {@code src/test/resources/srp/cognito-srp-vectors.json}, produced by that SDK, pins it byte for byte.
 */
package org.officeapi.srp;
