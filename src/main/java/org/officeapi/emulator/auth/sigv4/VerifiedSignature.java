package org.officeapi.emulator.auth.sigv4;

import org.officeapi.emulator.core.Caller;

import java.time.Instant;

/** A signature that checked out: who signed, and the region and service the scope named. */
public record VerifiedSignature(Caller caller, String region, String service, Instant signedAt) {}
