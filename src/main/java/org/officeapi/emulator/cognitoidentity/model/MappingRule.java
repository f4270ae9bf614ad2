package org.officeapi.emulator.cognitoidentity.model;

/** One rule of a {@code Rules} role mapping: if {@code claim} matches {@code value}, use {@code roleArn}. */
public record MappingRule(String claim, MatchType matchType, String value, String roleArn) {}
