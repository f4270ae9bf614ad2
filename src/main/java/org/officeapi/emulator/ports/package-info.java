/**
 * The small interfaces through which the embedded AWS's services talk to one another, as AWS's own
 * services do through their public contracts: a Cognito identity pool asks IAM about a role and STS
 * for credentials; API Gateway asks IAM for a decision and Lambda for an invocation. Each port is
 * implemented by exactly one service and wired in {@code ServiceWiring}; no service reaches into
 * another's package.
 */
package org.officeapi.emulator.ports;
