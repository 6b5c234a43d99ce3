package org.caretrail.domain.episode.api;

/** The code systems a coded procedure may use. */
public enum ProcedureCodeSystem {
    ICD10PCS
}
