/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Content</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The text and annotations of one document; the root of a per-document resource, contained (across resources) by its Document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.collatio.model.DocumentContent#getDocument <em>Document</em>}</li>
 *   <li>{@link org.collatio.model.DocumentContent#getText <em>Text</em>}</li>
 *   <li>{@link org.collatio.model.DocumentContent#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.collatio.model.DocumentContent#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.collatio.model.DocumentContent#getMentions <em>Mentions</em>}</li>
 * </ul>
 *
 * @see org.collatio.model.CollatioPackage#getDocumentContent()
 * @model
 * @generated
 */
public interface DocumentContent extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.collatio.model.Document#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document this content belongs to (the container). Proxy-resolving: the content resource records its container as a reference into corpus.xmi, which getDocument() resolves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' container reference.
	 * @see #setDocument(Document)
	 * @see org.collatio.model.CollatioPackage#getDocumentContent_Document()
	 * @see org.collatio.model.Document#getContent
	 * @model opposite="content" transient="false"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.collatio.model.DocumentContent#getDocument <em>Document</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' container reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exact article text. Transient: the store keeps it in a separate write-once text file, never in XMI, so offsets stay valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.collatio.model.CollatioPackage#getDocumentContent_Text()
	 * @model transient="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.collatio.model.DocumentContent#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.SpanAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The span annotations made on the text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spans</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getDocumentContent_Spans()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpanAnnotation> getSpans();

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Claim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The claims identified in the text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getDocumentContent_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Claim> getClaims();

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.collatio.model.Mention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entity mentions identified in the text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference list.
	 * @see org.collatio.model.CollatioPackage#getDocumentContent_Mentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mention> getMentions();

} // DocumentContent
