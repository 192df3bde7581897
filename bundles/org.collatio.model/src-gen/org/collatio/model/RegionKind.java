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
 * A representation of the literals of the enumeration '<em><b>Region Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of non-article text found in imported web pages.
 * <!-- end-model-doc -->
 * @see org.collatio.model.CollatioPackage#getRegionKind()
 * @model
 * @generated
 */
public enum RegionKind implements Enumerator {
	/**
	 * The '<em><b>BOILERPLATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generic page boilerplate.
	 * <!-- end-model-doc -->
	 * @see #BOILERPLATE_VALUE
	 * @generated
	 * @ordered
	 */
	BOILERPLATE(0, "BOILERPLATE", "BOILERPLATE"),

	/**
	 * The '<em><b>COMMENT FORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A comment form or comment section.
	 * <!-- end-model-doc -->
	 * @see #COMMENT_FORM_VALUE
	 * @generated
	 * @ordered
	 */
	COMMENT_FORM(1, "COMMENT_FORM", "COMMENT_FORM"),

	/**
	 * The '<em><b>LINK LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A list of links to other articles, e.g. 'You May Also Like'.
	 * <!-- end-model-doc -->
	 * @see #LINK_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_LIST(2, "LINK_LIST", "LINK_LIST"),

	/**
	 * The '<em><b>SHARE WIDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social-media share buttons or text.
	 * <!-- end-model-doc -->
	 * @see #SHARE_WIDGET_VALUE
	 * @generated
	 * @ordered
	 */
	SHARE_WIDGET(3, "SHARE_WIDGET", "SHARE_WIDGET"),

	/**
	 * The '<em><b>READING TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reading-time indication such as '3 Min Read'.
	 * <!-- end-model-doc -->
	 * @see #READING_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	READING_TIME(4, "READING_TIME", "READING_TIME"),

	/**
	 * The '<em><b>SOURCE LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A source line such as 'Source : Moscow Times'.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCE_LINE(5, "SOURCE_LINE", "SOURCE_LINE"),

	/**
	 * The '<em><b>BYLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The byline naming the author(s).
	 * <!-- end-model-doc -->
	 * @see #BYLINE_VALUE
	 * @generated
	 * @ordered
	 */
	BYLINE(6, "BYLINE", "BYLINE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other non-article text.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>BOILERPLATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generic page boilerplate.
	 * <!-- end-model-doc -->
	 * @see #BOILERPLATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOILERPLATE_VALUE = 0;

	/**
	 * The '<em><b>COMMENT FORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A comment form or comment section.
	 * <!-- end-model-doc -->
	 * @see #COMMENT_FORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMENT_FORM_VALUE = 1;

	/**
	 * The '<em><b>LINK LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A list of links to other articles, e.g. 'You May Also Like'.
	 * <!-- end-model-doc -->
	 * @see #LINK_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINK_LIST_VALUE = 2;

	/**
	 * The '<em><b>SHARE WIDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social-media share buttons or text.
	 * <!-- end-model-doc -->
	 * @see #SHARE_WIDGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARE_WIDGET_VALUE = 3;

	/**
	 * The '<em><b>READING TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reading-time indication such as '3 Min Read'.
	 * <!-- end-model-doc -->
	 * @see #READING_TIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int READING_TIME_VALUE = 4;

	/**
	 * The '<em><b>SOURCE LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A source line such as 'Source : Moscow Times'.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_LINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOURCE_LINE_VALUE = 5;

	/**
	 * The '<em><b>BYLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The byline naming the author(s).
	 * <!-- end-model-doc -->
	 * @see #BYLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BYLINE_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other non-article text.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegionKind[] VALUES_ARRAY =
		new RegionKind[] {
			BOILERPLATE,
			COMMENT_FORM,
			LINK_LIST,
			SHARE_WIDGET,
			READING_TIME,
			SOURCE_LINE,
			BYLINE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(int value) {
		switch (value) {
			case BOILERPLATE_VALUE: return BOILERPLATE;
			case COMMENT_FORM_VALUE: return COMMENT_FORM;
			case LINK_LIST_VALUE: return LINK_LIST;
			case SHARE_WIDGET_VALUE: return SHARE_WIDGET;
			case READING_TIME_VALUE: return READING_TIME;
			case SOURCE_LINE_VALUE: return SOURCE_LINE;
			case BYLINE_VALUE: return BYLINE;
			case OTHER_VALUE: return OTHER;
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
	private RegionKind(int value, String name, String literal) {
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
	
} //RegionKind
