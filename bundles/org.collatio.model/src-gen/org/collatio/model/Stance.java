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
 * A representation of the literals of the enumeration '<em><b>Stance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The stance of a claim towards its proposition.
 * <!-- end-model-doc -->
 * @see org.collatio.model.CollatioPackage#getStance()
 * @model
 * @generated
 */
public enum Stance implements Enumerator {
	/**
	 * The '<em><b>ASSERTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim asserts the proposition.
	 * <!-- end-model-doc -->
	 * @see #ASSERTS_VALUE
	 * @generated
	 * @ordered
	 */
	ASSERTS(0, "ASSERTS", "ASSERTS"),

	/**
	 * The '<em><b>DENIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim denies the proposition.
	 * <!-- end-model-doc -->
	 * @see #DENIES_VALUE
	 * @generated
	 * @ordered
	 */
	DENIES(1, "DENIES", "DENIES"),

	/**
	 * The '<em><b>UNCERTAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim is uncertain or hedged.
	 * <!-- end-model-doc -->
	 * @see #UNCERTAIN_VALUE
	 * @generated
	 * @ordered
	 */
	UNCERTAIN(2, "UNCERTAIN", "UNCERTAIN");

	/**
	 * The '<em><b>ASSERTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim asserts the proposition.
	 * <!-- end-model-doc -->
	 * @see #ASSERTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSERTS_VALUE = 0;

	/**
	 * The '<em><b>DENIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim denies the proposition.
	 * <!-- end-model-doc -->
	 * @see #DENIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENIES_VALUE = 1;

	/**
	 * The '<em><b>UNCERTAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim is uncertain or hedged.
	 * <!-- end-model-doc -->
	 * @see #UNCERTAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNCERTAIN_VALUE = 2;

	/**
	 * An array of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Stance[] VALUES_ARRAY =
		new Stance[] {
			ASSERTS,
			DENIES,
			UNCERTAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Stance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(int value) {
		switch (value) {
			case ASSERTS_VALUE: return ASSERTS;
			case DENIES_VALUE: return DENIES;
			case UNCERTAIN_VALUE: return UNCERTAIN;
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
	private Stance(int value, String name, String literal) {
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
	
} //Stance
