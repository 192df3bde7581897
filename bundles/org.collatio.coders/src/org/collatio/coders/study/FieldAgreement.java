/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study;

import org.collatio.coders.agreement.Agreement;

/**
 * The agreement on one coded value of claims: Krippendorff's nominal alpha (any number of coders,
 * missing values allowed) and Cohen's kappa (null unless exactly two coders are compared).
 */
public record FieldAgreement(Agreement alpha, Agreement kappa) {
}
