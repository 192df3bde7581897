/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.impl;

import java.util.Collection;

import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.TextRegion;

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
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getOutletEntity <em>Outlet Entity</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getImportedFrom <em>Imported From</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getBoilerplate <em>Boilerplate</em>}</li>
 *   <li>{@link org.collatio.model.impl.DocumentImpl#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends EObjectImpl implements Document {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTLET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected String outlet = OUTLET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutletEntity() <em>Outlet Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutletEntity()
	 * @generated
	 * @ordered
	 */
	protected Entity outletEntity;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected String publicationDate = PUBLICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedFrom() <em>Imported From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedFrom() <em>Imported From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedFrom()
	 * @generated
	 * @ordered
	 */
	protected String importedFrom = IMPORTED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoilerplate() <em>Boilerplate</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoilerplate()
	 * @generated
	 * @ordered
	 */
	protected EList<TextRegion> boilerplate;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected DocumentContent content;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CollatioPackage.Literals.DOCUMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutlet() {
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlet(String newOutlet) {
		String oldOutlet = outlet;
		outlet = newOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__OUTLET, oldOutlet, outlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getOutletEntity() {
		if (outletEntity != null && outletEntity.eIsProxy()) {
			InternalEObject oldOutletEntity = (InternalEObject)outletEntity;
			outletEntity = (Entity)eResolveProxy(oldOutletEntity);
			if (outletEntity != oldOutletEntity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.DOCUMENT__OUTLET_ENTITY, oldOutletEntity, outletEntity));
			}
		}
		return outletEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetOutletEntity() {
		return outletEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutletEntity(Entity newOutletEntity) {
		Entity oldOutletEntity = outletEntity;
		outletEntity = newOutletEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__OUTLET_ENTITY, oldOutletEntity, outletEntity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicationDate() {
		return publicationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationDate(String newPublicationDate) {
		String oldPublicationDate = publicationDate;
		publicationDate = newPublicationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__PUBLICATION_DATE, oldPublicationDate, publicationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportedFrom() {
		return importedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedFrom(String newImportedFrom) {
		String oldImportedFrom = importedFrom;
		importedFrom = newImportedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__IMPORTED_FROM, oldImportedFrom, importedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextRegion> getBoilerplate() {
		if (boilerplate == null) {
			boilerplate = new EObjectContainmentEList<TextRegion>(TextRegion.class, this, CollatioPackage.DOCUMENT__BOILERPLATE);
		}
		return boilerplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentContent getContent() {
		if (content != null && content.eIsProxy()) {
			InternalEObject oldContent = (InternalEObject)content;
			content = (DocumentContent)eResolveProxy(oldContent);
			if (content != oldContent) {
				InternalEObject newContent = (InternalEObject)content;
				NotificationChain msgs =  oldContent.eInverseRemove(this, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, DocumentContent.class, null);
				if (newContent.eInternalContainer() == null) {
					msgs =  newContent.eInverseAdd(this, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, DocumentContent.class, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CollatioPackage.DOCUMENT__CONTENT, oldContent, content));
			}
		}
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentContent basicGetContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContent(DocumentContent newContent, NotificationChain msgs) {
		DocumentContent oldContent = content;
		content = newContent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__CONTENT, oldContent, newContent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(DocumentContent newContent) {
		if (newContent != content) {
			NotificationChain msgs = null;
			if (content != null)
				msgs = ((InternalEObject)content).eInverseRemove(this, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, DocumentContent.class, msgs);
			if (newContent != null)
				msgs = ((InternalEObject)newContent).eInverseAdd(this, CollatioPackage.DOCUMENT_CONTENT__DOCUMENT, DocumentContent.class, msgs);
			msgs = basicSetContent(newContent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CollatioPackage.DOCUMENT__CONTENT, newContent, newContent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CollatioPackage.DOCUMENT__CONTENT:
				if (content != null)
					msgs = ((InternalEObject)content).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CollatioPackage.DOCUMENT__CONTENT, null, msgs);
				return basicSetContent((DocumentContent)otherEnd, msgs);
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
			case CollatioPackage.DOCUMENT__BOILERPLATE:
				return ((InternalEList<?>)getBoilerplate()).basicRemove(otherEnd, msgs);
			case CollatioPackage.DOCUMENT__CONTENT:
				return basicSetContent(null, msgs);
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
			case CollatioPackage.DOCUMENT__ID:
				return getId();
			case CollatioPackage.DOCUMENT__TITLE:
				return getTitle();
			case CollatioPackage.DOCUMENT__OUTLET:
				return getOutlet();
			case CollatioPackage.DOCUMENT__OUTLET_ENTITY:
				if (resolve) return getOutletEntity();
				return basicGetOutletEntity();
			case CollatioPackage.DOCUMENT__AUTHOR:
				return getAuthor();
			case CollatioPackage.DOCUMENT__URL:
				return getUrl();
			case CollatioPackage.DOCUMENT__PUBLICATION_DATE:
				return getPublicationDate();
			case CollatioPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case CollatioPackage.DOCUMENT__IMPORTED_FROM:
				return getImportedFrom();
			case CollatioPackage.DOCUMENT__CONTENT_HASH:
				return getContentHash();
			case CollatioPackage.DOCUMENT__LENGTH:
				return getLength();
			case CollatioPackage.DOCUMENT__BOILERPLATE:
				return getBoilerplate();
			case CollatioPackage.DOCUMENT__CONTENT:
				if (resolve) return getContent();
				return basicGetContent();
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
			case CollatioPackage.DOCUMENT__ID:
				setId((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__OUTLET:
				setOutlet((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__OUTLET_ENTITY:
				setOutletEntity((Entity)newValue);
				return;
			case CollatioPackage.DOCUMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__URL:
				setUrl((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__PUBLICATION_DATE:
				setPublicationDate((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__IMPORTED_FROM:
				setImportedFrom((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case CollatioPackage.DOCUMENT__LENGTH:
				setLength((Integer)newValue);
				return;
			case CollatioPackage.DOCUMENT__BOILERPLATE:
				getBoilerplate().clear();
				getBoilerplate().addAll((Collection<? extends TextRegion>)newValue);
				return;
			case CollatioPackage.DOCUMENT__CONTENT:
				setContent((DocumentContent)newValue);
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
			case CollatioPackage.DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__OUTLET:
				setOutlet(OUTLET_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__OUTLET_ENTITY:
				setOutletEntity((Entity)null);
				return;
			case CollatioPackage.DOCUMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__URL:
				setUrl(URL_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__PUBLICATION_DATE:
				setPublicationDate(PUBLICATION_DATE_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__IMPORTED_FROM:
				setImportedFrom(IMPORTED_FROM_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case CollatioPackage.DOCUMENT__BOILERPLATE:
				getBoilerplate().clear();
				return;
			case CollatioPackage.DOCUMENT__CONTENT:
				setContent((DocumentContent)null);
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
			case CollatioPackage.DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CollatioPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CollatioPackage.DOCUMENT__OUTLET:
				return OUTLET_EDEFAULT == null ? outlet != null : !OUTLET_EDEFAULT.equals(outlet);
			case CollatioPackage.DOCUMENT__OUTLET_ENTITY:
				return outletEntity != null;
			case CollatioPackage.DOCUMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case CollatioPackage.DOCUMENT__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case CollatioPackage.DOCUMENT__PUBLICATION_DATE:
				return PUBLICATION_DATE_EDEFAULT == null ? publicationDate != null : !PUBLICATION_DATE_EDEFAULT.equals(publicationDate);
			case CollatioPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CollatioPackage.DOCUMENT__IMPORTED_FROM:
				return IMPORTED_FROM_EDEFAULT == null ? importedFrom != null : !IMPORTED_FROM_EDEFAULT.equals(importedFrom);
			case CollatioPackage.DOCUMENT__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case CollatioPackage.DOCUMENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case CollatioPackage.DOCUMENT__BOILERPLATE:
				return boilerplate != null && !boilerplate.isEmpty();
			case CollatioPackage.DOCUMENT__CONTENT:
				return content != null;
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
		result.append(", title: ");
		result.append(title);
		result.append(", outlet: ");
		result.append(outlet);
		result.append(", author: ");
		result.append(author);
		result.append(", url: ");
		result.append(url);
		result.append(", publicationDate: ");
		result.append(publicationDate);
		result.append(", language: ");
		result.append(language);
		result.append(", importedFrom: ");
		result.append(importedFrom);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", length: ");
		result.append(length);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
