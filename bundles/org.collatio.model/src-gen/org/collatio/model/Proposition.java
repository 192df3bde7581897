/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Proposition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that is claimed, independent of who claims it; claims across documents are grouped under it and compared.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.Proposition#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.Proposition#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.collatio.model.Proposition#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.collatio.model.Proposition#getVerdictBy <em>Verdict By</em>}</li>
 *   <li>{@link org.collatio.model.Proposition#getVerdictNote <em>Verdict Note</em>}</li>
 *   <li>{@link org.collatio.model.Proposition#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getProposition()
 * @model
 * @generated
 */
public interface Proposition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of this proposition, unique within its resource and stable over time; cross-resource references use it as the URI fragment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.collatio.model.CollatioPackage#getProposition_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposition, stated neutrally.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.collatio.model.CollatioPackage#getProposition_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.collatio.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The researcher's verdict on how the sources agree on this proposition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.collatio.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.collatio.model.CollatioPackage#getProposition_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.collatio.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Verdict By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coder who gave the verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict By</em>' reference.
	 * @see #setVerdictBy(Annotator)
	 * @see org.collatio.model.CollatioPackage#getProposition_VerdictBy()
	 * @model
	 * @generated
	 */
	Annotator getVerdictBy();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getVerdictBy <em>Verdict By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict By</em>' reference.
	 * @see #getVerdictBy()
	 * @generated
	 */
	void setVerdictBy(Annotator value);

	/**
	 * Returns the value of the '<em><b>Verdict Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Justification of the verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict Note</em>' attribute.
	 * @see #setVerdictNote(String)
	 * @see org.collatio.model.CollatioPackage#getProposition_VerdictNote()
	 * @model
	 * @generated
	 */
	String getVerdictNote();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getVerdictNote <em>Verdict Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict Note</em>' attribute.
	 * @see #getVerdictNote()
	 * @generated
	 */
	void setVerdictNote(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text working notes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.collatio.model.CollatioPackage#getProposition_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.collatio.model.Proposition#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Proposition
