/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statement attributed to a speaker (or asserted by the outlet) in a document, located by one or more spans.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.Claim#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getVia <em>Via</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getWhenStated <em>When Stated</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getWhenDate <em>When Date</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getProposition <em>Proposition</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getStance <em>Stance</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getKind <em>Kind</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getParaphrase <em>Paraphrase</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getCreated <em>Created</em>}</li>
 *   <li>{@link org.collatio.model.Claim#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of this claim, unique within its resource and stable over time; cross-resource references use it as the URI fragment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.collatio.model.CollatioPackage#getClaim_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' reference list.
	 * The list contents are of type {@link org.collatio.model.SpanAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The spans of text that carry the claim (at least one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spans</em>' reference list.
	 * @see org.collatio.model.CollatioPackage#getClaim_Spans()
	 * @model required="true"
	 * @generated
	 */
	EList<SpanAnnotation> getSpans();

	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who made the statement, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Entity)
	 * @see org.collatio.model.CollatioPackage#getClaim_Speaker()
	 * @model
	 * @generated
	 */
	Entity getSpeaker();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Entity value);

	/**
	 * Returns the value of the '<em><b>Via</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through whom the statement is reported, e.g. a news agency quoting the speaker.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Via</em>' reference.
	 * @see #setVia(Entity)
	 * @see org.collatio.model.CollatioPackage#getClaim_Via()
	 * @model
	 * @generated
	 */
	Entity getVia();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getVia <em>Via</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Via</em>' reference.
	 * @see #getVia()
	 * @generated
	 */
	void setVia(Entity value);

	/**
	 * Returns the value of the '<em><b>When Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the statement was made, as the text states it, e.g. on Wednesday.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>When Stated</em>' attribute.
	 * @see #setWhenStated(String)
	 * @see org.collatio.model.CollatioPackage#getClaim_WhenStated()
	 * @model
	 * @generated
	 */
	String getWhenStated();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getWhenStated <em>When Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Stated</em>' attribute.
	 * @see #getWhenStated()
	 * @generated
	 */
	void setWhenStated(String value);

	/**
	 * Returns the value of the '<em><b>When Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the statement was made as an ISO-8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD), once resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>When Date</em>' attribute.
	 * @see #setWhenDate(String)
	 * @see org.collatio.model.CollatioPackage#getClaim_WhenDate()
	 * @model
	 * @generated
	 */
	String getWhenDate();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getWhenDate <em>When Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When Date</em>' attribute.
	 * @see #getWhenDate()
	 * @generated
	 */
	void setWhenDate(String value);

	/**
	 * Returns the value of the '<em><b>Proposition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposition this claim is about, once assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposition</em>' reference.
	 * @see #setProposition(Proposition)
	 * @see org.collatio.model.CollatioPackage#getClaim_Proposition()
	 * @model
	 * @generated
	 */
	Proposition getProposition();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getProposition <em>Proposition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposition</em>' reference.
	 * @see #getProposition()
	 * @generated
	 */
	void setProposition(Proposition value);

	/**
	 * Returns the value of the '<em><b>Stance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.collatio.model.Stance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the claim asserts, denies or is uncertain about its proposition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stance</em>' attribute.
	 * @see org.collatio.model.Stance
	 * @see #setStance(Stance)
	 * @see org.collatio.model.CollatioPackage#getClaim_Stance()
	 * @model
	 * @generated
	 */
	Stance getStance();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getStance <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stance</em>' attribute.
	 * @see org.collatio.model.Stance
	 * @see #getStance()
	 * @generated
	 */
	void setStance(Stance value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.collatio.model.ClaimKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the claim is presented in the text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.collatio.model.ClaimKind
	 * @see #setKind(ClaimKind)
	 * @see org.collatio.model.CollatioPackage#getClaim_Kind()
	 * @model
	 * @generated
	 */
	ClaimKind getKind();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.collatio.model.ClaimKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ClaimKind value);

	/**
	 * Returns the value of the '<em><b>Paraphrase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotator's neutral paraphrase of the claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paraphrase</em>' attribute.
	 * @see #setParaphrase(String)
	 * @see org.collatio.model.CollatioPackage#getClaim_Paraphrase()
	 * @model
	 * @generated
	 */
	String getParaphrase();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getParaphrase <em>Paraphrase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paraphrase</em>' attribute.
	 * @see #getParaphrase()
	 * @generated
	 */
	void setParaphrase(String value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who recorded the claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotator</em>' reference.
	 * @see #setAnnotator(Annotator)
	 * @see org.collatio.model.CollatioPackage#getClaim_Annotator()
	 * @model
	 * @generated
	 */
	Annotator getAnnotator();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getAnnotator <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(Annotator value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the claim was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.collatio.model.CollatioPackage#getClaim_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the claim was last modified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.collatio.model.CollatioPackage#getClaim_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.collatio.model.Claim#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

} // Claim
