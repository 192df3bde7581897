/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import java.util.Date;

import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim Relation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimRelationImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimRelationImpl extends EObjectImpl implements ClaimRelation {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RelationKind KIND_EDEFAULT = RelationKind.CONTRADICTS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RelationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Claim source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Claim target;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected Annotator annotator;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RelationStatus STATUS_EDEFAULT = RelationStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RelationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimRelationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.CLAIM_RELATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RelationKind newKind) {
		RelationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Claim)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM_RELATION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Claim newSource) {
		Claim oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Claim)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM_RELATION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Claim newTarget) {
		Claim oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator getAnnotator() {
		if (annotator != null && annotator.eIsProxy()) {
			InternalEObject oldAnnotator = (InternalEObject)annotator;
			annotator = (Annotator)eResolveProxy(oldAnnotator);
			if (annotator != oldAnnotator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM_RELATION__ANNOTATOR, oldAnnotator, annotator));
			}
		}
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotator basicGetAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(Annotator newAnnotator) {
		Annotator oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RelationStatus newStatus) {
		RelationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM_RELATION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CollatioPackage.CLAIM_RELATION__ID:
				return getId();
			case CollatioPackage.CLAIM_RELATION__KIND:
				return getKind();
			case CollatioPackage.CLAIM_RELATION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CollatioPackage.CLAIM_RELATION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CollatioPackage.CLAIM_RELATION__RATIONALE:
				return getRationale();
			case CollatioPackage.CLAIM_RELATION__ANNOTATOR:
				if (resolve) return getAnnotator();
				return basicGetAnnotator();
			case CollatioPackage.CLAIM_RELATION__STATUS:
				return getStatus();
			case CollatioPackage.CLAIM_RELATION__CREATED:
				return getCreated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CollatioPackage.CLAIM_RELATION__ID:
				setId((String)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__KIND:
				setKind((RelationKind)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__SOURCE:
				setSource((Claim)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__TARGET:
				setTarget((Claim)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__RATIONALE:
				setRationale((String)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__ANNOTATOR:
				setAnnotator((Annotator)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__STATUS:
				setStatus((RelationStatus)newValue);
				return;
			case CollatioPackage.CLAIM_RELATION__CREATED:
				setCreated((Date)newValue);
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
			case CollatioPackage.CLAIM_RELATION__ID:
				setId(ID_EDEFAULT);
				return;
			case CollatioPackage.CLAIM_RELATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CollatioPackage.CLAIM_RELATION__SOURCE:
				setSource((Claim)null);
				return;
			case CollatioPackage.CLAIM_RELATION__TARGET:
				setTarget((Claim)null);
				return;
			case CollatioPackage.CLAIM_RELATION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CollatioPackage.CLAIM_RELATION__ANNOTATOR:
				setAnnotator((Annotator)null);
				return;
			case CollatioPackage.CLAIM_RELATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CollatioPackage.CLAIM_RELATION__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case CollatioPackage.CLAIM_RELATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CollatioPackage.CLAIM_RELATION__KIND:
				return kind != KIND_EDEFAULT;
			case CollatioPackage.CLAIM_RELATION__SOURCE:
				return source != null;
			case CollatioPackage.CLAIM_RELATION__TARGET:
				return target != null;
			case CollatioPackage.CLAIM_RELATION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CollatioPackage.CLAIM_RELATION__ANNOTATOR:
				return annotator != null;
			case CollatioPackage.CLAIM_RELATION__STATUS:
				return status != STATUS_EDEFAULT;
			case CollatioPackage.CLAIM_RELATION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", status: ");
		result.append(status);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //ClaimRelationImpl
