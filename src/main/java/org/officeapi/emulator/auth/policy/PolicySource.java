package org.officeapi.emulator.auth.policy;

/**
 * A policy taking part in an evaluation, named the way reports and the policy simulator name it.
 *
 * @param id          what the policy simulator reports as {@code SourcePolicyId} (the policy's name)
 * @param type        the simulator's {@code SourcePolicyType}: {@code role}, {@code user-managed}, {@code aws-managed},
 *                    {@code resource} or {@code none}
 * @param description how an explanation names it, e.g. {@code inline policy 'invoke' of role office-user}
 */
public record PolicySource(String id, String type, String description, PolicyDocument document) {}
