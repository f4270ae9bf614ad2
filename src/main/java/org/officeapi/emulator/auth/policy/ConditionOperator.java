package org.officeapi.emulator.auth.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A condition operator as written in a policy, e.g. {@code StringEquals}, {@code NumericLessThanIfExists}
 * or {@code ForAnyValue:StringLike}, and how it decides.
 * <ul>
 *   <li>Without a set qualifier, a key the request lacks makes the condition false, except for the
 *       negated operators ({@code StringNotEquals}, {@code NotIpAddress}, …), for which it is true, and
 *       for {@code …IfExists}, for which it is true.</li>
 *   <li>Several policy values for one key are ORed; a negated operator is true only when no value matches.</li>
 *   <li>{@code ForAnyValue:} is true when at least one request value satisfies the operator, false when
 *       the key is missing; {@code ForAllValues:} when every request value does, and also when the key is
 *       missing or empty.</li>
 *   <li>{@code Null}: {@code true} asks that the key be absent, {@code false} that it be present.</li>
 * </ul>
 */
public final class ConditionOperator {

    enum Qualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }

    private final Qualifier qualifier;
    private final Comparison comparison;
    private final boolean ifExists;

    private ConditionOperator(Qualifier qualifier, Comparison comparison, boolean ifExists) {
        this.qualifier = qualifier;
        this.comparison = comparison;
        this.ifExists = ifExists;
    }

    /** The operator a policy names, or empty when IAM has no such operator. */
    public static Optional<ConditionOperator> parse(String name) {
        Qualifier qualifier = Qualifier.NONE;
        String rest = name;
        if (rest.startsWith("ForAnyValue:")) {
            qualifier = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring("ForAnyValue:".length());
        } else if (rest.startsWith("ForAllValues:")) {
            qualifier = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring("ForAllValues:".length());
        }
        boolean ifExists = rest.endsWith("IfExists");
        if (ifExists) {
            rest = rest.substring(0, rest.length() - "IfExists".length());
        }
        Comparison comparison = Comparison.named(rest);
        if (comparison == null || comparison == Comparison.NULL && (ifExists || qualifier != Qualifier.NONE)) {
            return Optional.empty();
        }
        return Optional.of(new ConditionOperator(qualifier, comparison, ifExists));
    }

    boolean isNullCheck() {
        return comparison == Comparison.NULL;
    }

    /**
     * @param policyValues  the policy's values for the key, variables already replaced
     * @param requestValues the request's values for the key, or null when it has none
     */
    boolean test(List<ValuePattern> policyValues, List<String> requestValues) {
        boolean missing = requestValues == null || requestValues.isEmpty();
        if (comparison == Comparison.NULL) {
            for (ValuePattern value : policyValues) {
                if (value.literal().equalsIgnoreCase("true") == missing) {
                    return true;
                }
            }
            return false;
        }
        return switch (qualifier) {
            case NONE -> {
                if (missing) {
                    yield ifExists || comparison.negated();
                }
                // UNCONFIRMED: a multivalued key under an operator without a set qualifier is taken as
                // "some value matches" (and, for a negated operator, "no value matches")
                yield comparison.negated() ? requestValues.stream().allMatch(v -> single(v, policyValues))
                        : requestValues.stream().anyMatch(v -> single(v, policyValues));
            }
            case FOR_ANY_VALUE -> missing ? ifExists : requestValues.stream().anyMatch(v -> single(v, policyValues));
            case FOR_ALL_VALUES -> missing || requestValues.stream().allMatch(v -> single(v, policyValues));
        };
    }

    /** One request value against the policy's values: some value matches (none, for a negated operator). */
    private boolean single(String requestValue, List<ValuePattern> policyValues) {
        boolean any = false;
        for (ValuePattern policyValue : policyValues) {
            if (comparison.matches(requestValue, policyValue)) {
                any = true;
                break;
            }
        }
        return comparison.negated() != any;
    }

    /** The comparisons IAM knows, each with its positive test; the negated ones invert it. */
    enum Comparison {
        STRING_EQUALS("StringEquals", false),
        STRING_NOT_EQUALS("StringNotEquals", true),
        STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false),
        STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true),
        STRING_LIKE("StringLike", false),
        STRING_NOT_LIKE("StringNotLike", true),
        NUMERIC_EQUALS("NumericEquals", false),
        NUMERIC_NOT_EQUALS("NumericNotEquals", true),
        NUMERIC_LESS_THAN("NumericLessThan", false),
        NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false),
        NUMERIC_GREATER_THAN("NumericGreaterThan", false),
        NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false),
        DATE_EQUALS("DateEquals", false),
        DATE_NOT_EQUALS("DateNotEquals", true),
        DATE_LESS_THAN("DateLessThan", false),
        DATE_LESS_THAN_EQUALS("DateLessThanEquals", false),
        DATE_GREATER_THAN("DateGreaterThan", false),
        DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false),
        BOOL("Bool", false),
        BINARY_EQUALS("BinaryEquals", false),
        IP_ADDRESS("IpAddress", false),
        NOT_IP_ADDRESS("NotIpAddress", true),
        ARN_EQUALS("ArnEquals", false),
        ARN_LIKE("ArnLike", false),
        ARN_NOT_EQUALS("ArnNotEquals", true),
        ARN_NOT_LIKE("ArnNotLike", true),
        NULL("Null", false);

        private final String policyName;
        private final boolean negated;

        Comparison(String policyName, boolean negated) {
            this.policyName = policyName;
            this.negated = negated;
        }

        static Comparison named(String name) {
            for (Comparison c : values()) {
                if (c.policyName.equals(name)) {
                    return c;
                }
            }
            return null;
        }

        boolean negated() {
            return negated;
        }

        /** The positive test of this comparison (for a negated one, the test it negates). */
        boolean matches(String request, ValuePattern policy) {
            return switch (this) {
                case STRING_EQUALS, STRING_NOT_EQUALS -> request.equals(policy.literal());
                case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE ->
                        request.toLowerCase(Locale.ROOT).equals(policy.literal().toLowerCase(Locale.ROOT));
                case STRING_LIKE, STRING_NOT_LIKE -> policy.matches(request, false);
                case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS -> ConditionValues.compareNumbers(request, policy.literal()) == 0;
                case NUMERIC_LESS_THAN -> ConditionValues.compareNumbers(request, policy.literal()) == -1;
                case NUMERIC_LESS_THAN_EQUALS -> within(ConditionValues.compareNumbers(request, policy.literal()), -1, 0);
                case NUMERIC_GREATER_THAN -> ConditionValues.compareNumbers(request, policy.literal()) == 1;
                case NUMERIC_GREATER_THAN_EQUALS -> within(ConditionValues.compareNumbers(request, policy.literal()), 0, 1);
                case DATE_EQUALS, DATE_NOT_EQUALS -> ConditionValues.compareDates(request, policy.literal()) == 0;
                case DATE_LESS_THAN -> ConditionValues.compareDates(request, policy.literal()) == -1;
                case DATE_LESS_THAN_EQUALS -> within(ConditionValues.compareDates(request, policy.literal()), -1, 0);
                case DATE_GREATER_THAN -> ConditionValues.compareDates(request, policy.literal()) == 1;
                case DATE_GREATER_THAN_EQUALS -> within(ConditionValues.compareDates(request, policy.literal()), 0, 1);
                case BOOL -> ConditionValues.sameBoolean(request, policy.literal());
                case BINARY_EQUALS -> ConditionValues.sameBytes(request, policy.literal());
                case IP_ADDRESS, NOT_IP_ADDRESS -> ConditionValues.inCidr(request, policy.literal());
                case ARN_EQUALS, ARN_LIKE, ARN_NOT_EQUALS, ARN_NOT_LIKE -> ArnMatcher.matches(policy, request);
                case NULL -> false;
            };
        }

        /** {@code compare} is -1, 0 or 1, or {@link ConditionValues#INCOMPARABLE} when a value could not be read. */
        private static boolean within(int compare, int low, int high) {
            return compare != ConditionValues.INCOMPARABLE && compare >= low && compare <= high;
        }
    }

    @Override
    public String toString() {
        return (qualifier == Qualifier.FOR_ANY_VALUE ? "ForAnyValue:" : qualifier == Qualifier.FOR_ALL_VALUES ? "ForAllValues:" : "")
                + comparison.policyName + (ifExists ? "IfExists" : "");
    }
}
