package org.officeapi.emulator.ports;

import java.time.Instant;

/**
 * What other services need to know about an IAM role.
 *
 * @param arn                       {@code arn:aws:iam::{account}:role/{path}{name}}
 * @param roleId                    the unique id, {@code AROA…}
 * @param trustPolicy               the assume-role policy document as stored (JSON text)
 * @param maxSessionDurationSeconds 3600 to 43200
 */
public record RoleRecord(String accountId, String arn, String name, String path, String roleId, String trustPolicy,
                         int maxSessionDurationSeconds, Instant createDate) {}
