package org.officeapi.emulator.auth.sigv4;

/** The intermediate values of SigV4 for one request: what AWS shows in its mismatch message, and the signature. */
public record SignatureComputation(String canonicalRequest, String stringToSign, String signature) {}
