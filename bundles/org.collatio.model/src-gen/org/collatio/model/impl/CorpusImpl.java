/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import java.util.Collection;

import org.collatio.model.Annotator;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.TagSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getTagSets <em>Tag Sets</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getPropositions <em>Propositions</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.collatio.model.impl.CorpusImpl#getAnnotators <em>Annotators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends EObjectImpl implements Corpus {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getTagSets() <em>Tag Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagSets()
	 * @generated
	 * @ordered
	 */
	protected EList<TagSet> tagSets;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

	/**
	 * The cached value of the '{@link #getPropositions() <em>Propositions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropositions()
	 * @generated
	 * @ordered
	 */
	protected EList<Proposition> propositions;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimRelation> relations;

	/**
	 * The cached value of the '{@link #getAnnotators() <em>Annotators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotators()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotator> annotators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.CORPUS;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CORPUS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, CollatioPackage.CORPUS__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TagSet> getTagSets() {
		if (tagSets == null) {
			tagSets = new EObjectContainmentEList<TagSet>(TagSet.class, this, CollatioPackage.CORPUS__TAG_SETS);
		}
		return tagSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<Entity>(Entity.class, this, CollatioPackage.CORPUS__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Proposition> getPropositions() {
		if (propositions == null) {
			propositions = new EObjectContainmentEList<Proposition>(Proposition.class, this, CollatioPackage.CORPUS__PROPOSITIONS);
		}
		return propositions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimRelation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList<ClaimRelation>(ClaimRelation.class, this, CollatioPackage.CORPUS__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotator> getAnnotators() {
		if (annotators == null) {
			annotators = new EObjectContainmentEList<Annotator>(Annotator.class, this, CollatioPackage.CORPUS__ANNOTATORS);
		}
		return annotators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CollatioPackage.CORPUS__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case CollatioPackage.CORPUS__TAG_SETS:
				return ((InternalEList<?>)getTagSets()).basicRemove(otherEnd, msgs);
			case CollatioPackage.CORPUS__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case CollatioPackage.CORPUS__PROPOSITIONS:
				return ((InternalEList<?>)getPropositions()).basicRemove(otherEnd, msgs);
			case CollatioPackage.CORPUS__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case CollatioPackage.CORPUS__ANNOTATORS:
				return ((InternalEList<?>)getAnnotators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CollatioPackage.CORPUS__NAME:
				return getName();
			case CollatioPackage.CORPUS__DESCRIPTION:
				return getDescription();
			case CollatioPackage.CORPUS__DOCUMENTS:
				return getDocuments();
			case CollatioPackage.CORPUS__TAG_SETS:
				return getTagSets();
			case CollatioPackage.CORPUS__ENTITIES:
				return getEntities();
			case CollatioPackage.CORPUS__PROPOSITIONS:
				return getPropositions();
			case CollatioPackage.CORPUS__RELATIONS:
				return getRelations();
			case CollatioPackage.CORPUS__ANNOTATORS:
				return getAnnotators();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CollatioPackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case CollatioPackage.CORPUS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CollatioPackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case CollatioPackage.CORPUS__TAG_SETS:
				getTagSets().clear();
				getTagSets().addAll((Collection<? extends TagSet>)newValue);
				return;
			case CollatioPackage.CORPUS__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case CollatioPackage.CORPUS__PROPOSITIONS:
				getPropositions().clear();
				getPropositions().addAll((Collection<? extends Proposition>)newValue);
				return;
			case CollatioPackage.CORPUS__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends ClaimRelation>)newValue);
				return;
			case CollatioPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				getAnnotators().addAll((Collection<? extends Annotator>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CollatioPackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CollatioPackage.CORPUS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CollatioPackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				return;
			case CollatioPackage.CORPUS__TAG_SETS:
				getTagSets().clear();
				return;
			case CollatioPackage.CORPUS__ENTITIES:
				getEntities().clear();
				return;
			case CollatioPackage.CORPUS__PROPOSITIONS:
				getPropositions().clear();
				return;
			case CollatioPackage.CORPUS__RELATIONS:
				getRelations().clear();
				return;
			case CollatioPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CollatioPackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CollatioPackage.CORPUS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CollatioPackage.CORPUS__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CollatioPackage.CORPUS__TAG_SETS:
				return tagSets != null && !tagSets.isEmpty();
			case CollatioPackage.CORPUS__ENTITIES:
				return entities != null && !entities.isEmpty();
			case CollatioPackage.CORPUS__PROPOSITIONS:
				return propositions != null && !propositions.isEmpty();
			case CollatioPackage.CORPUS__RELATIONS:
				return relations != null && !relations.isEmpty();
			case CollatioPackage.CORPUS__ANNOTATORS:
				return annotators != null && !annotators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
