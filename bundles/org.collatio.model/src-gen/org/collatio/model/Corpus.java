/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A collection of news documents together with everything researchers record about them: tag sets, entities, propositions, relations between claims and the annotators. The root object of corpus.xmi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getDescription <em>Description</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getTagSets <em>Tag Sets</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getPropositions <em>Propositions</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.collatio.model.Corpus#getAnnotators <em>Annotators</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short display name of the corpus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.collatio.model.CollatioPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.collatio.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text description of the corpus: its scope and purpose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.collatio.model.CollatioPackage#getCorpus_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.collatio.model.Corpus#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documents (metadata only; each document's text and annotations live in its own DocumentContent resource).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Tag Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.TagSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tag sets available for annotating spans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag Sets</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_TagSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<TagSet> getTagSets();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people, organizations, places and outlets the documents talk about or come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_Entities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Propositions</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Proposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The propositions (what is claimed) that claims across documents are grouped under.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Propositions</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_Propositions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Proposition> getPropositions();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.ClaimRelation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relations between claims, usually claims from different documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_Relations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClaimRelation> getRelations();

	/**
	 * Returns the value of the '<em><b>Annotators</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Annotator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people (or tools) who made annotations in this corpus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotators</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getCorpus_Annotators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotator> getAnnotators();

} // Corpus
