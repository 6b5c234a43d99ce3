package org.caretrail.infra.integrity;

/** Whether the stored events still match their hash chains and checkpoints. */
public enum VerificationStatus {
    OK,
    BROKEN
}
