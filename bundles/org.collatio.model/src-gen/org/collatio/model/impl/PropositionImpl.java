/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import org.collatio.model.Annotator;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Proposition;
import org.collatio.model.Verdict;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Proposition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getVerdictBy <em>Verdict By</em>}</li>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getVerdictNote <em>Verdict Note</em>}</li>
 *   <li>{@link org.collatio.model.impl.PropositionImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PropositionImpl extends EObjectImpl implements Proposition {
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
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.UNDECIDED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerdictBy() <em>Verdict By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictBy()
	 * @generated
	 * @ordered
	 */
	protected Annotator verdictBy;

	/**
	 * The default value of the '{@link #getVerdictNote() <em>Verdict Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictNote()
	 * @generated
	 * @ordered
	 */
	protected static final String VERDICT_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerdictNote() <em>Verdict Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdictNote()
	 * @generated
	 * @ordered
	 */
	protected String verdictNote = VERDICT_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PropositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.PROPOSITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator getVerdictBy() {
		if (verdictBy != null && verdictBy.eIsProxy()) {
			InternalEObject oldVerdictBy = (InternalEObject)verdictBy;
			verdictBy = (Annotator)eResolveProxy(oldVerdictBy);
			if (verdictBy != oldVerdictBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.PROPOSITION__VERDICT_BY, oldVerdictBy, verdictBy));
			}
		}
		return verdictBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotator basicGetVerdictBy() {
		return verdictBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdictBy(Annotator newVerdictBy) {
		Annotator oldVerdictBy = verdictBy;
		verdictBy = newVerdictBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__VERDICT_BY, oldVerdictBy, verdictBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerdictNote() {
		return verdictNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdictNote(String newVerdictNote) {
		String oldVerdictNote = verdictNote;
		verdictNote = newVerdictNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__VERDICT_NOTE, oldVerdictNote, verdictNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.PROPOSITION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CollatioPackage.PROPOSITION__ID:
				return getId();
			case CollatioPackage.PROPOSITION__STATEMENT:
				return getStatement();
			case CollatioPackage.PROPOSITION__VERDICT:
				return getVerdict();
			case CollatioPackage.PROPOSITION__VERDICT_BY:
				if (resolve) return getVerdictBy();
				return basicGetVerdictBy();
			case CollatioPackage.PROPOSITION__VERDICT_NOTE:
				return getVerdictNote();
			case CollatioPackage.PROPOSITION__NOTES:
				return getNotes();
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
			case CollatioPackage.PROPOSITION__ID:
				setId((String)newValue);
				return;
			case CollatioPackage.PROPOSITION__STATEMENT:
				setStatement((String)newValue);
				return;
			case CollatioPackage.PROPOSITION__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case CollatioPackage.PROPOSITION__VERDICT_BY:
				setVerdictBy((Annotator)newValue);
				return;
			case CollatioPackage.PROPOSITION__VERDICT_NOTE:
				setVerdictNote((String)newValue);
				return;
			case CollatioPackage.PROPOSITION__NOTES:
				setNotes((String)newValue);
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
			case CollatioPackage.PROPOSITION__ID:
				setId(ID_EDEFAULT);
				return;
			case CollatioPackage.PROPOSITION__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case CollatioPackage.PROPOSITION__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case CollatioPackage.PROPOSITION__VERDICT_BY:
				setVerdictBy((Annotator)null);
				return;
			case CollatioPackage.PROPOSITION__VERDICT_NOTE:
				setVerdictNote(VERDICT_NOTE_EDEFAULT);
				return;
			case CollatioPackage.PROPOSITION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case CollatioPackage.PROPOSITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CollatioPackage.PROPOSITION__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case CollatioPackage.PROPOSITION__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case CollatioPackage.PROPOSITION__VERDICT_BY:
				return verdictBy != null;
			case CollatioPackage.PROPOSITION__VERDICT_NOTE:
				return VERDICT_NOTE_EDEFAULT == null ? verdictNote != null : !VERDICT_NOTE_EDEFAULT.equals(verdictNote);
			case CollatioPackage.PROPOSITION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(", statement: ");
		result.append(statement);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", verdictNote: ");
		result.append(verdictNote);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //PropositionImpl
