/**
 * The suite's client side of Cognito's {@code USER_SRP_AUTH}, done as the browser and mobile SDKs do it,
 * so that the suite signs in to real AWS and to the embedded AWS the same way. The shared arithmetic is
 * in {@code org.officeapi.srp}.
 */
package org.officeapi.signin.srp;
