/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relation between two claims, usually claims in different documents (so the references cross resources).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.ClaimRelation#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getSource <em>Source</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getTarget <em>Target</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.collatio.model.ClaimRelation#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getClaimRelation()
 * @model
 * @generated
 */
public interface ClaimRelation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of this relation, unique within its resource and stable over time; cross-resource references use it as the URI fragment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.collatio.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the source claim relates to the target claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.collatio.model.RelationKind
	 * @see #setKind(RelationKind)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Kind()
	 * @model
	 * @generated
	 */
	RelationKind getKind();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.collatio.model.RelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim the relation starts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Claim)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Source()
	 * @model required="true"
	 * @generated
	 */
	Claim getSource();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Claim value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claim the relation points to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Claim)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Target()
	 * @model required="true"
	 * @generated
	 */
	Claim getTarget();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Claim value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the claims are related this way.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who proposed or recorded the relation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotator</em>' reference.
	 * @see #setAnnotator(Annotator)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Annotator()
	 * @model
	 * @generated
	 */
	Annotator getAnnotator();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getAnnotator <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(Annotator value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.collatio.model.RelationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the relation is proposed, confirmed or rejected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.collatio.model.RelationStatus
	 * @see #setStatus(RelationStatus)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Status()
	 * @model
	 * @generated
	 */
	RelationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.collatio.model.RelationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RelationStatus value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the relation was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.collatio.model.CollatioPackage#getClaimRelation_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.collatio.model.ClaimRelation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // ClaimRelation
