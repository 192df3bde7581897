/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import java.util.Collection;
import java.util.Date;

import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getVia <em>Via</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getWhenStated <em>When Stated</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getWhenDate <em>When Date</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getProposition <em>Proposition</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getStance <em>Stance</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getParaphrase <em>Paraphrase</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.collatio.model.impl.ClaimImpl#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends EObjectImpl implements Claim {
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
	 * The cached value of the '{@link #getSpans() <em>Spans</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpans()
	 * @generated
	 * @ordered
	 */
	protected EList<SpanAnnotation> spans;

	/**
	 * The cached value of the '{@link #getSpeaker() <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected Entity speaker;

	/**
	 * The cached value of the '{@link #getVia() <em>Via</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVia()
	 * @generated
	 * @ordered
	 */
	protected Entity via;

	/**
	 * The default value of the '{@link #getWhenStated() <em>When Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenStated()
	 * @generated
	 * @ordered
	 */
	protected static final String WHEN_STATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhenStated() <em>When Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenStated()
	 * @generated
	 * @ordered
	 */
	protected String whenStated = WHEN_STATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhenDate() <em>When Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenDate()
	 * @generated
	 * @ordered
	 */
	protected static final String WHEN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhenDate() <em>When Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenDate()
	 * @generated
	 * @ordered
	 */
	protected String whenDate = WHEN_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProposition() <em>Proposition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposition()
	 * @generated
	 * @ordered
	 */
	protected Proposition proposition;

	/**
	 * The default value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected static final Stance STANCE_EDEFAULT = Stance.ASSERTS;

	/**
	 * The cached value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected Stance stance = STANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimKind KIND_EDEFAULT = ClaimKind.DIRECT_QUOTE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ClaimKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getParaphrase() <em>Paraphrase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParaphrase()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAPHRASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParaphrase() <em>Paraphrase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParaphrase()
	 * @generated
	 * @ordered
	 */
	protected String paraphrase = PARAPHRASE_EDEFAULT;

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
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.CLAIM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpanAnnotation> getSpans() {
		if (spans == null) {
			spans = new EObjectResolvingEList<SpanAnnotation>(SpanAnnotation.class, this, CollatioPackage.CLAIM__SPANS);
		}
		return spans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getSpeaker() {
		if (speaker != null && speaker.eIsProxy()) {
			InternalEObject oldSpeaker = (InternalEObject)speaker;
			speaker = (Entity)eResolveProxy(oldSpeaker);
			if (speaker != oldSpeaker) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM__SPEAKER, oldSpeaker, speaker));
			}
		}
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetSpeaker() {
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeaker(Entity newSpeaker) {
		Entity oldSpeaker = speaker;
		speaker = newSpeaker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__SPEAKER, oldSpeaker, speaker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getVia() {
		if (via != null && via.eIsProxy()) {
			InternalEObject oldVia = (InternalEObject)via;
			via = (Entity)eResolveProxy(oldVia);
			if (via != oldVia) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM__VIA, oldVia, via));
			}
		}
		return via;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetVia() {
		return via;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVia(Entity newVia) {
		Entity oldVia = via;
		via = newVia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__VIA, oldVia, via));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhenStated() {
		return whenStated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenStated(String newWhenStated) {
		String oldWhenStated = whenStated;
		whenStated = newWhenStated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__WHEN_STATED, oldWhenStated, whenStated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhenDate() {
		return whenDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenDate(String newWhenDate) {
		String oldWhenDate = whenDate;
		whenDate = newWhenDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__WHEN_DATE, oldWhenDate, whenDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Proposition getProposition() {
		if (proposition != null && proposition.eIsProxy()) {
			InternalEObject oldProposition = (InternalEObject)proposition;
			proposition = (Proposition)eResolveProxy(oldProposition);
			if (proposition != oldProposition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM__PROPOSITION, oldProposition, proposition));
			}
		}
		return proposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Proposition basicGetProposition() {
		return proposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposition(Proposition newProposition) {
		Proposition oldProposition = proposition;
		proposition = newProposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__PROPOSITION, oldProposition, proposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stance getStance() {
		return stance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStance(Stance newStance) {
		Stance oldStance = stance;
		stance = newStance == null ? STANCE_EDEFAULT : newStance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__STANCE, oldStance, stance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ClaimKind newKind) {
		ClaimKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParaphrase() {
		return paraphrase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParaphrase(String newParaphrase) {
		String oldParaphrase = paraphrase;
		paraphrase = newParaphrase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__PARAPHRASE, oldParaphrase, paraphrase));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.CLAIM__ANNOTATOR, oldAnnotator, annotator));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__ANNOTATOR, oldAnnotator, annotator));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.CLAIM__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CollatioPackage.CLAIM__ID:
				return getId();
			case CollatioPackage.CLAIM__SPANS:
				return getSpans();
			case CollatioPackage.CLAIM__SPEAKER:
				if (resolve) return getSpeaker();
				return basicGetSpeaker();
			case CollatioPackage.CLAIM__VIA:
				if (resolve) return getVia();
				return basicGetVia();
			case CollatioPackage.CLAIM__WHEN_STATED:
				return getWhenStated();
			case CollatioPackage.CLAIM__WHEN_DATE:
				return getWhenDate();
			case CollatioPackage.CLAIM__PROPOSITION:
				if (resolve) return getProposition();
				return basicGetProposition();
			case CollatioPackage.CLAIM__STANCE:
				return getStance();
			case CollatioPackage.CLAIM__KIND:
				return getKind();
			case CollatioPackage.CLAIM__PARAPHRASE:
				return getParaphrase();
			case CollatioPackage.CLAIM__ANNOTATOR:
				if (resolve) return getAnnotator();
				return basicGetAnnotator();
			case CollatioPackage.CLAIM__CREATED:
				return getCreated();
			case CollatioPackage.CLAIM__MODIFIED:
				return getModified();
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
			case CollatioPackage.CLAIM__ID:
				setId((String)newValue);
				return;
			case CollatioPackage.CLAIM__SPANS:
				getSpans().clear();
				getSpans().addAll((Collection<? extends SpanAnnotation>)newValue);
				return;
			case CollatioPackage.CLAIM__SPEAKER:
				setSpeaker((Entity)newValue);
				return;
			case CollatioPackage.CLAIM__VIA:
				setVia((Entity)newValue);
				return;
			case CollatioPackage.CLAIM__WHEN_STATED:
				setWhenStated((String)newValue);
				return;
			case CollatioPackage.CLAIM__WHEN_DATE:
				setWhenDate((String)newValue);
				return;
			case CollatioPackage.CLAIM__PROPOSITION:
				setProposition((Proposition)newValue);
				return;
			case CollatioPackage.CLAIM__STANCE:
				setStance((Stance)newValue);
				return;
			case CollatioPackage.CLAIM__KIND:
				setKind((ClaimKind)newValue);
				return;
			case CollatioPackage.CLAIM__PARAPHRASE:
				setParaphrase((String)newValue);
				return;
			case CollatioPackage.CLAIM__ANNOTATOR:
				setAnnotator((Annotator)newValue);
				return;
			case CollatioPackage.CLAIM__CREATED:
				setCreated((Date)newValue);
				return;
			case CollatioPackage.CLAIM__MODIFIED:
				setModified((Date)newValue);
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
			case CollatioPackage.CLAIM__ID:
				setId(ID_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__SPANS:
				getSpans().clear();
				return;
			case CollatioPackage.CLAIM__SPEAKER:
				setSpeaker((Entity)null);
				return;
			case CollatioPackage.CLAIM__VIA:
				setVia((Entity)null);
				return;
			case CollatioPackage.CLAIM__WHEN_STATED:
				setWhenStated(WHEN_STATED_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__WHEN_DATE:
				setWhenDate(WHEN_DATE_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__PROPOSITION:
				setProposition((Proposition)null);
				return;
			case CollatioPackage.CLAIM__STANCE:
				setStance(STANCE_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__PARAPHRASE:
				setParaphrase(PARAPHRASE_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__ANNOTATOR:
				setAnnotator((Annotator)null);
				return;
			case CollatioPackage.CLAIM__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CollatioPackage.CLAIM__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
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
			case CollatioPackage.CLAIM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CollatioPackage.CLAIM__SPANS:
				return spans != null && !spans.isEmpty();
			case CollatioPackage.CLAIM__SPEAKER:
				return speaker != null;
			case CollatioPackage.CLAIM__VIA:
				return via != null;
			case CollatioPackage.CLAIM__WHEN_STATED:
				return WHEN_STATED_EDEFAULT == null ? whenStated != null : !WHEN_STATED_EDEFAULT.equals(whenStated);
			case CollatioPackage.CLAIM__WHEN_DATE:
				return WHEN_DATE_EDEFAULT == null ? whenDate != null : !WHEN_DATE_EDEFAULT.equals(whenDate);
			case CollatioPackage.CLAIM__PROPOSITION:
				return proposition != null;
			case CollatioPackage.CLAIM__STANCE:
				return stance != STANCE_EDEFAULT;
			case CollatioPackage.CLAIM__KIND:
				return kind != KIND_EDEFAULT;
			case CollatioPackage.CLAIM__PARAPHRASE:
				return PARAPHRASE_EDEFAULT == null ? paraphrase != null : !PARAPHRASE_EDEFAULT.equals(paraphrase);
			case CollatioPackage.CLAIM__ANNOTATOR:
				return annotator != null;
			case CollatioPackage.CLAIM__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CollatioPackage.CLAIM__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
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
		result.append(", whenStated: ");
		result.append(whenStated);
		result.append(", whenDate: ");
		result.append(whenDate);
		result.append(", stance: ");
		result.append(stance);
		result.append(", kind: ");
		result.append(kind);
		result.append(", paraphrase: ");
		result.append(paraphrase);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
