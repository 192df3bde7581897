/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Claim Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a claim is presented.
 * <!-- end-model-doc -->
 * @see org.collatio.model.CollatioPackage#getClaimKind()
 * @model
 * @generated
 */
public enum ClaimKind implements Enumerator {
	/**
	 * The '<em><b>DIRECT QUOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A direct quotation of the speaker.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_QUOTE_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT_QUOTE(0, "DIRECT_QUOTE", "DIRECT_QUOTE"),

	/**
	 * The '<em><b>REPORTED SPEECH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indirect or reported speech.
	 * <!-- end-model-doc -->
	 * @see #REPORTED_SPEECH_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTED_SPEECH(1, "REPORTED_SPEECH", "REPORTED_SPEECH"),

	/**
	 * The '<em><b>OUTLET ASSERTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stated by the outlet itself, without attribution.
	 * <!-- end-model-doc -->
	 * @see #OUTLET_ASSERTION_VALUE
	 * @generated
	 * @ordered
	 */
	OUTLET_ASSERTION(2, "OUTLET_ASSERTION", "OUTLET_ASSERTION");

	/**
	 * The '<em><b>DIRECT QUOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A direct quotation of the speaker.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_QUOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_QUOTE_VALUE = 0;

	/**
	 * The '<em><b>REPORTED SPEECH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indirect or reported speech.
	 * <!-- end-model-doc -->
	 * @see #REPORTED_SPEECH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTED_SPEECH_VALUE = 1;

	/**
	 * The '<em><b>OUTLET ASSERTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stated by the outlet itself, without attribution.
	 * <!-- end-model-doc -->
	 * @see #OUTLET_ASSERTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTLET_ASSERTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Claim Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClaimKind[] VALUES_ARRAY =
		new ClaimKind[] {
			DIRECT_QUOTE,
			REPORTED_SPEECH,
			OUTLET_ASSERTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Claim Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClaimKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Claim Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClaimKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClaimKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimKind get(int value) {
		switch (value) {
			case DIRECT_QUOTE_VALUE: return DIRECT_QUOTE;
			case REPORTED_SPEECH_VALUE: return REPORTED_SPEECH;
			case OUTLET_ASSERTION_VALUE: return OUTLET_ASSERTION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ClaimKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ClaimKind
