/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mention of an entity in a document, located by a span.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.Mention#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.Mention#getSpan <em>Span</em>}</li>
 *   <li>{@link org.collatio.model.Mention#getEntity <em>Entity</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getMention()
 * @model
 * @generated
 */
public interface Mention extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of this mention, unique within its resource and stable over time; cross-resource references use it as the URI fragment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.collatio.model.CollatioPackage#getMention_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.collatio.model.Mention#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Span</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The span where the entity is mentioned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Span</em>' reference.
	 * @see #setSpan(SpanAnnotation)
	 * @see org.collatio.model.CollatioPackage#getMention_Span()
	 * @model required="true"
	 * @generated
	 */
	SpanAnnotation getSpan();

	/**
	 * Sets the value of the '{@link org.collatio.model.Mention#getSpan <em>Span</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span</em>' reference.
	 * @see #getSpan()
	 * @generated
	 */
	void setSpan(SpanAnnotation value);

	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entity mentioned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see org.collatio.model.CollatioPackage#getMention_Entity()
	 * @model required="true"
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link org.collatio.model.Mention#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

} // Mention
