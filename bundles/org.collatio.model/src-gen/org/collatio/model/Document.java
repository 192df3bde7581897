/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The metadata of one imported news article. Its text and annotations are held by its DocumentContent, which is stored in a separate resource and loaded lazily.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.collatio.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.collatio.model.Document#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.collatio.model.Document#getOutletEntity <em>Outlet Entity</em>}</li>
 *   <li>{@link org.collatio.model.Document#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.collatio.model.Document#getUrl <em>Url</em>}</li>
 *   <li>{@link org.collatio.model.Document#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.collatio.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.collatio.model.Document#getImportedFrom <em>Imported From</em>}</li>
 *   <li>{@link org.collatio.model.Document#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.collatio.model.Document#getLength <em>Length</em>}</li>
 *   <li>{@link org.collatio.model.Document#getBoilerplate <em>Boilerplate</em>}</li>
 *   <li>{@link org.collatio.model.Document#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of this document, unique within its resource and stable over time; cross-resource references use it as the URI fragment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Headline or title of the article.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the publishing outlet as entered or found (free text).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Outlet Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outlet as an entity of the corpus, when it has been identified (usually of kind OUTLET).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outlet Entity</em>' reference.
	 * @see #setOutletEntity(Entity)
	 * @see org.collatio.model.CollatioPackage#getDocument_OutletEntity()
	 * @model
	 * @generated
	 */
	Entity getOutletEntity();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getOutletEntity <em>Outlet Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet Entity</em>' reference.
	 * @see #getOutletEntity()
	 * @generated
	 */
	void setOutletEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Author(s) as given by the article, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web address the article was published at, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication date as an ISO-8601 partial date: YYYY, YYYY-MM or YYYY-MM-DD. Empty or unset means unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_PublicationDate()
	 * @model
	 * @generated
	 */
	String getPublicationDate();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Language of the text as a BCP 47 tag, e.g. en.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Imported From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the file the document was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported From</em>' attribute.
	 * @see #setImportedFrom(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_ImportedFrom()
	 * @model
	 * @generated
	 */
	String getImportedFrom();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getImportedFrom <em>Imported From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported From</em>' attribute.
	 * @see #getImportedFrom()
	 * @generated
	 */
	void setImportedFrom(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 hash of the original bytes of the imported file, written as sha256: followed by the lowercase hex digest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.collatio.model.CollatioPackage#getDocument_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the document text in UTF-16 code units (the unit of all offsets).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.collatio.model.CollatioPackage#getDocument_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Boilerplate</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.TextRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regions of the text that are not part of the article proper (comment forms, link lists, share widgets and the like).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boilerplate</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getDocument_Boilerplate()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextRegion> getBoilerplate();

	/**
	 * Returns the value of the '<em><b>Content</b></em>' containment reference.
	 * It is bidirectional and its opposite is '{@link org.collatio.model.DocumentContent#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text and annotations of this document in the layer the store works on (one coder's, or the curated one). Proxy-resolving containment: the content is kept in its own resource, one per document and layer, and bound here by the store when first used. Transient: corpus.xmi is shared by every layer and names none of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' containment reference.
	 * @see #setContent(DocumentContent)
	 * @see org.collatio.model.CollatioPackage#getDocument_Content()
	 * @see org.collatio.model.DocumentContent#getDocument
	 * @model opposite="document" containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	DocumentContent getContent();

	/**
	 * Sets the value of the '{@link org.collatio.model.Document#getContent <em>Content</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' containment reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(DocumentContent value);

} // Document
