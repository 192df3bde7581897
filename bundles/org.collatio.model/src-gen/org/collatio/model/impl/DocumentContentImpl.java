/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import java.util.Collection;

import org.collatio.model.Claim;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Content</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.DocumentContentImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentContentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentContentImpl#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentContentImpl#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentContentImpl#getMentions <em>Mentions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentContentImpl extends EObjectImpl implements DocumentContent {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpans() <em>Spans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpans()
	 * @generated
	 * @ordered
	 */
	protected EList<SpanAnnotation> spans;

	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<Claim> claims;

	/**
	 * The cached value of the '{@link #getMentions() <em>Mentions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMentions()
	 * @generated
	 * @ordered
	 */
	protected EList<Mention> mentions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentContentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.DOCUMENT_CONTENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (eContainerFeatureID() != CollatioPackage.DOCUMENT_CONTENT__DOCUMENT) return null;
		return (Document)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		if (eContainerFeatureID() != CollatioPackage.DOCUMENT_CONTENT__DOCUMENT) return null;
		return (Document)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDocument(Document newDocument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDocument, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		if (newDocument != eInternalContainer() || (eContainerFeatureID() != CollatioPackage.DOCUMENT_CONTENT__DOCUMENT && newDocument != null)) {
			if (EcoreUtil.isAncestor(this, newDocument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDocument != null)
				msgs = ((InternalEObject)newDocument).eInverseAdd(this, CollatioPackage.DOCUMENT__CONTENT, Document.class, msgs);
			msgs = basicSetDocument(newDocument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, newDocument, newDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT_CONTENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpanAnnotation> getSpans() {
		if (spans == null) {
			spans = new EObjectContainmentEList<SpanAnnotation>(SpanAnnotation.class, this, CollatioPackage.DOCUMENT_CONTENT__SPANS);
		}
		return spans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Claim> getClaims() {
		if (claims == null) {
			claims = new EObjectContainmentEList<Claim>(Claim.class, this, CollatioPackage.DOCUMENT_CONTENT__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mention> getMentions() {
		if (mentions == null) {
			mentions = new EObjectContainmentEList<Mention>(Mention.class, this, CollatioPackage.DOCUMENT_CONTENT__MENTIONS);
		}
		return mentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDocument((Document)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				return basicSetDocument(null, msgs);
			case CollatioPackage.DOCUMENT_CONTENT__SPANS:
				return ((InternalEList<?>)getSpans()).basicRemove(otherEnd, msgs);
			case CollatioPackage.DOCUMENT_CONTENT__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
			case CollatioPackage.DOCUMENT_CONTENT__MENTIONS:
				return ((InternalEList<?>)getMentions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				return eInternalContainer().eInverseRemove(this, CollatioPackage.DOCUMENT__CONTENT, Document.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case CollatioPackage.DOCUMENT_CONTENT__TEXT:
				return getText();
			case CollatioPackage.DOCUMENT_CONTENT__SPANS:
				return getSpans();
			case CollatioPackage.DOCUMENT_CONTENT__CLAIMS:
				return getClaims();
			case CollatioPackage.DOCUMENT_CONTENT__MENTIONS:
				return getMentions();
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
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__TEXT:
				setText((String)newValue);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__SPANS:
				getSpans().clear();
				getSpans().addAll((Collection<? extends SpanAnnotation>)newValue);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends Claim>)newValue);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__MENTIONS:
				getMentions().clear();
				getMentions().addAll((Collection<? extends Mention>)newValue);
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
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				setDocument((Document)null);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT_CONTENT__SPANS:
				getSpans().clear();
				return;
			case CollatioPackage.DOCUMENT_CONTENT__CLAIMS:
				getClaims().clear();
				return;
			case CollatioPackage.DOCUMENT_CONTENT__MENTIONS:
				getMentions().clear();
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
			case CollatioPackage.DOCUMENT_CONTENT__DOCUMENT:
				return basicGetDocument() != null;
			case CollatioPackage.DOCUMENT_CONTENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CollatioPackage.DOCUMENT_CONTENT__SPANS:
				return spans != null && !spans.isEmpty();
			case CollatioPackage.DOCUMENT_CONTENT__CLAIMS:
				return claims != null && !claims.isEmpty();
			case CollatioPackage.DOCUMENT_CONTENT__MENTIONS:
				return mentions != null && !mentions.isEmpty();
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
		result.append(" (text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //DocumentContentImpl
