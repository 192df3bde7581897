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
 * A representation of the literals of the enumeration '<em><b>Relation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of relation between claims.
 * <!-- end-model-doc -->
 * @see org.collatio.model.CollatioPackage#getRelationKind()
 * @model
 * @generated
 */
public enum RelationKind implements Enumerator {
	/**
	 * The '<em><b>CONTRADICTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim contradicts the target claim.
	 * <!-- end-model-doc -->
	 * @see #CONTRADICTS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRADICTS(0, "CONTRADICTS", "CONTRADICTS"),

	/**
	 * The '<em><b>AGREES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim agrees with the target claim.
	 * <!-- end-model-doc -->
	 * @see #AGREES_VALUE
	 * @generated
	 * @ordered
	 */
	AGREES(1, "AGREES", "AGREES"),

	/**
	 * The '<em><b>QUALIFIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim qualifies or nuances the target claim.
	 * <!-- end-model-doc -->
	 * @see #QUALIFIES_VALUE
	 * @generated
	 * @ordered
	 */
	QUALIFIES(2, "QUALIFIES", "QUALIFIES"),

	/**
	 * The '<em><b>UPDATES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim updates the target claim with newer information.
	 * <!-- end-model-doc -->
	 * @see #UPDATES_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATES(3, "UPDATES", "UPDATES");

	/**
	 * The '<em><b>CONTRADICTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim contradicts the target claim.
	 * <!-- end-model-doc -->
	 * @see #CONTRADICTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRADICTS_VALUE = 0;

	/**
	 * The '<em><b>AGREES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim agrees with the target claim.
	 * <!-- end-model-doc -->
	 * @see #AGREES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGREES_VALUE = 1;

	/**
	 * The '<em><b>QUALIFIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim qualifies or nuances the target claim.
	 * <!-- end-model-doc -->
	 * @see #QUALIFIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALIFIES_VALUE = 2;

	/**
	 * The '<em><b>UPDATES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source claim updates the target claim with newer information.
	 * <!-- end-model-doc -->
	 * @see #UPDATES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UPDATES_VALUE = 3;

	/**
	 * An array of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationKind[] VALUES_ARRAY =
		new RelationKind[] {
			CONTRADICTS,
			AGREES,
			QUALIFIES,
			UPDATES,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(int value) {
		switch (value) {
			case CONTRADICTS_VALUE: return CONTRADICTS;
			case AGREES_VALUE: return AGREES;
			case QUALIFIES_VALUE: return QUALIFIES;
			case UPDATES_VALUE: return UPDATES;
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
	private RelationKind(int value, String name, String literal) {
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
	
} //RelationKind
