package org.officeapi.emulator.cognitoidentity.model;

/** How a role-mapping rule compares a claim with its value ({@code MappingRuleMatchType}). */
public enum MatchType {
    EQUALS("Equals"), CONTAINS("Contains"), STARTS_WITH("StartsWith"), NOT_EQUAL("NotEqual");

    private final String wire;

    MatchType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static MatchType fromWire(String value) {
        for (MatchType type : values()) {
            if (type.wire.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a MappingRuleMatchType: " + value);
    }
}
