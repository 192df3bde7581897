/**
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The data model of Collatio: a corpus of news documents, their span annotations, the claims they report and the relations between claims across sources.
 * <!-- end-model-doc -->
 * @see org.collatio.model.CollatioFactory
 * @model kind="package"
 * @generated
 */
public interface CollatioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://collatio.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "collatio";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CollatioPackage eINSTANCE = org.collatio.model.impl.CollatioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.CorpusImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOCUMENTS = 2;

	/**
	 * The feature id for the '<em><b>Tag Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__TAG_SETS = 3;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ENTITIES = 4;

	/**
	 * The feature id for the '<em><b>Propositions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__PROPOSITIONS = 5;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__RELATIONS = 6;

	/**
	 * The feature id for the '<em><b>Annotators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ANNOTATORS = 7;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.DocumentImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__OUTLET = 2;

	/**
	 * The feature id for the '<em><b>Outlet Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__OUTLET_ENTITY = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__URL = 5;

	/**
	 * The feature id for the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLICATION_DATE = 6;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 7;

	/**
	 * The feature id for the '<em><b>Imported From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__IMPORTED_FROM = 8;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONTENT_HASH = 9;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LENGTH = 10;

	/**
	 * The feature id for the '<em><b>Boilerplate</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__BOILERPLATE = 11;

	/**
	 * The feature id for the '<em><b>Content</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CONTENT = 12;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.TextRegionImpl <em>Text Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.TextRegionImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getTextRegion()
	 * @generated
	 */
	int TEXT_REGION = 2;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__BEGIN = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__END = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Text Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Text Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.DocumentContentImpl <em>Document Content</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.DocumentContentImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getDocumentContent()
	 * @generated
	 */
	int DOCUMENT_CONTENT = 3;

	/**
	 * The feature id for the '<em><b>Document</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Spans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT__SPANS = 2;

	/**
	 * The feature id for the '<em><b>Claims</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT__CLAIMS = 3;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT__MENTIONS = 4;

	/**
	 * The number of structural features of the '<em>Document Content</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Document Content</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_CONTENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.SpanAnnotationImpl <em>Span Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.SpanAnnotationImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getSpanAnnotation()
	 * @generated
	 */
	int SPAN_ANNOTATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__END = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__ANNOTATOR = 5;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__CREATED = 6;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION__MODIFIED = 7;

	/**
	 * The number of structural features of the '<em>Span Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Span Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.TagSetImpl <em>Tag Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.TagSetImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getTagSet()
	 * @generated
	 */
	int TAG_SET = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET__TAGS = 3;

	/**
	 * The number of structural features of the '<em>Tag Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Tag Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.TagImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__COLOR = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__KEY = 5;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__CHILDREN = 6;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__PARENT = 7;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.EntityImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Canonical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CANONICAL_NAME = 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ALIASES = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.MentionImpl <em>Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.MentionImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Span</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__SPAN = 1;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__ENTITY = 2;

	/**
	 * The number of structural features of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.ClaimImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = 0;

	/**
	 * The feature id for the '<em><b>Spans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SPANS = 1;

	/**
	 * The feature id for the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SPEAKER = 2;

	/**
	 * The feature id for the '<em><b>Via</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__VIA = 3;

	/**
	 * The feature id for the '<em><b>When Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__WHEN_STATED = 4;

	/**
	 * The feature id for the '<em><b>When Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__WHEN_DATE = 5;

	/**
	 * The feature id for the '<em><b>Proposition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__PROPOSITION = 6;

	/**
	 * The feature id for the '<em><b>Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__STANCE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__KIND = 8;

	/**
	 * The feature id for the '<em><b>Paraphrase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__PARAPHRASE = 9;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ANNOTATOR = 10;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CREATED = 11;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__MODIFIED = 12;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.PropositionImpl <em>Proposition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.PropositionImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getProposition()
	 * @generated
	 */
	int PROPOSITION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Verdict By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__VERDICT_BY = 3;

	/**
	 * The feature id for the '<em><b>Verdict Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__VERDICT_NOTE = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION__NOTES = 5;

	/**
	 * The number of structural features of the '<em>Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.ClaimRelationImpl <em>Claim Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.ClaimRelationImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getClaimRelation()
	 * @generated
	 */
	int CLAIM_RELATION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__RATIONALE = 4;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__ANNOTATOR = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION__CREATED = 7;

	/**
	 * The number of structural features of the '<em>Claim Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Claim Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_RELATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.impl.AnnotatorImpl
	 * @see org.collatio.model.impl.CollatioPackageImpl#getAnnotator()
	 * @generated
	 */
	int ANNOTATOR = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__NAME = 1;

	/**
	 * The number of structural features of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.collatio.model.RegionKind <em>Region Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.RegionKind
	 * @see org.collatio.model.impl.CollatioPackageImpl#getRegionKind()
	 * @generated
	 */
	int REGION_KIND = 13;

	/**
	 * The meta object id for the '{@link org.collatio.model.EntityKind <em>Entity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.EntityKind
	 * @see org.collatio.model.impl.CollatioPackageImpl#getEntityKind()
	 * @generated
	 */
	int ENTITY_KIND = 14;

	/**
	 * The meta object id for the '{@link org.collatio.model.Stance <em>Stance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.Stance
	 * @see org.collatio.model.impl.CollatioPackageImpl#getStance()
	 * @generated
	 */
	int STANCE = 15;

	/**
	 * The meta object id for the '{@link org.collatio.model.ClaimKind <em>Claim Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.ClaimKind
	 * @see org.collatio.model.impl.CollatioPackageImpl#getClaimKind()
	 * @generated
	 */
	int CLAIM_KIND = 16;

	/**
	 * The meta object id for the '{@link org.collatio.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.Verdict
	 * @see org.collatio.model.impl.CollatioPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 17;

	/**
	 * The meta object id for the '{@link org.collatio.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.RelationKind
	 * @see org.collatio.model.impl.CollatioPackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 18;

	/**
	 * The meta object id for the '{@link org.collatio.model.RelationStatus <em>Relation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.collatio.model.RelationStatus
	 * @see org.collatio.model.impl.CollatioPackageImpl#getRelationStatus()
	 * @generated
	 */
	int RELATION_STATUS = 19;


	/**
	 * Returns the meta object for class '{@link org.collatio.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.collatio.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.collatio.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Corpus#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.collatio.model.Corpus#getDescription()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.collatio.model.Corpus#getDocuments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getTagSets <em>Tag Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tag Sets</em>'.
	 * @see org.collatio.model.Corpus#getTagSets()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_TagSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.collatio.model.Corpus#getEntities()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getPropositions <em>Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Propositions</em>'.
	 * @see org.collatio.model.Corpus#getPropositions()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Propositions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see org.collatio.model.Corpus#getRelations()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Corpus#getAnnotators <em>Annotators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotators</em>'.
	 * @see org.collatio.model.Corpus#getAnnotators()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Annotators();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.collatio.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.collatio.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see org.collatio.model.Document#getOutlet()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Outlet();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Document#getOutletEntity <em>Outlet Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outlet Entity</em>'.
	 * @see org.collatio.model.Document#getOutletEntity()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_OutletEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.collatio.model.Document#getAuthor()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.collatio.model.Document#getUrl()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getPublicationDate <em>Publication Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Date</em>'.
	 * @see org.collatio.model.Document#getPublicationDate()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_PublicationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.collatio.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getImportedFrom <em>Imported From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported From</em>'.
	 * @see org.collatio.model.Document#getImportedFrom()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ImportedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.collatio.model.Document#getContentHash()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Document#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.collatio.model.Document#getLength()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Length();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Document#getBoilerplate <em>Boilerplate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boilerplate</em>'.
	 * @see org.collatio.model.Document#getBoilerplate()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Boilerplate();

	/**
	 * Returns the meta object for the containment reference '{@link org.collatio.model.Document#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Content</em>'.
	 * @see org.collatio.model.Document#getContent()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Content();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.TextRegion <em>Text Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Region</em>'.
	 * @see org.collatio.model.TextRegion
	 * @generated
	 */
	EClass getTextRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TextRegion#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.collatio.model.TextRegion#getBegin()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TextRegion#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.collatio.model.TextRegion#getEnd()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_End();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TextRegion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.collatio.model.TextRegion#getKind()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TextRegion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.collatio.model.TextRegion#getLabel()
	 * @see #getTextRegion()
	 * @generated
	 */
	EAttribute getTextRegion_Label();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.DocumentContent <em>Document Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Content</em>'.
	 * @see org.collatio.model.DocumentContent
	 * @generated
	 */
	EClass getDocumentContent();

	/**
	 * Returns the meta object for the container reference '{@link org.collatio.model.DocumentContent#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Document</em>'.
	 * @see org.collatio.model.DocumentContent#getDocument()
	 * @see #getDocumentContent()
	 * @generated
	 */
	EReference getDocumentContent_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.DocumentContent#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.collatio.model.DocumentContent#getText()
	 * @see #getDocumentContent()
	 * @generated
	 */
	EAttribute getDocumentContent_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.DocumentContent#getSpans <em>Spans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spans</em>'.
	 * @see org.collatio.model.DocumentContent#getSpans()
	 * @see #getDocumentContent()
	 * @generated
	 */
	EReference getDocumentContent_Spans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.DocumentContent#getClaims <em>Claims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims</em>'.
	 * @see org.collatio.model.DocumentContent#getClaims()
	 * @see #getDocumentContent()
	 * @generated
	 */
	EReference getDocumentContent_Claims();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.DocumentContent#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mentions</em>'.
	 * @see org.collatio.model.DocumentContent#getMentions()
	 * @see #getDocumentContent()
	 * @generated
	 */
	EReference getDocumentContent_Mentions();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.SpanAnnotation <em>Span Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span Annotation</em>'.
	 * @see org.collatio.model.SpanAnnotation
	 * @generated
	 */
	EClass getSpanAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.SpanAnnotation#getId()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.collatio.model.SpanAnnotation#getBegin()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.collatio.model.SpanAnnotation#getEnd()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_End();

	/**
	 * Returns the meta object for the reference list '{@link org.collatio.model.SpanAnnotation#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see org.collatio.model.SpanAnnotation#getTags()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EReference getSpanAnnotation_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.collatio.model.SpanAnnotation#getNote()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_Note();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.SpanAnnotation#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.collatio.model.SpanAnnotation#getAnnotator()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EReference getSpanAnnotation_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.collatio.model.SpanAnnotation#getCreated()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.SpanAnnotation#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.collatio.model.SpanAnnotation#getModified()
	 * @see #getSpanAnnotation()
	 * @generated
	 */
	EAttribute getSpanAnnotation_Modified();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.TagSet <em>Tag Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Set</em>'.
	 * @see org.collatio.model.TagSet
	 * @generated
	 */
	EClass getTagSet();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TagSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.TagSet#getId()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TagSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.collatio.model.TagSet#getName()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.TagSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.collatio.model.TagSet#getDescription()
	 * @see #getTagSet()
	 * @generated
	 */
	EAttribute getTagSet_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.TagSet#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see org.collatio.model.TagSet#getTags()
	 * @see #getTagSet()
	 * @generated
	 */
	EReference getTagSet_Tags();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see org.collatio.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Tag#getId()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.collatio.model.Tag#getCode()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.collatio.model.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.collatio.model.Tag#getDescription()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.collatio.model.Tag#getColor()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Tag#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.collatio.model.Tag#getKey()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Key();

	/**
	 * Returns the meta object for the containment reference list '{@link org.collatio.model.Tag#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.collatio.model.Tag#getChildren()
	 * @see #getTag()
	 * @generated
	 */
	EReference getTag_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.collatio.model.Tag#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.collatio.model.Tag#getParent()
	 * @see #getTag()
	 * @generated
	 */
	EReference getTag_Parent();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.collatio.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Entity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.collatio.model.Entity#getKind()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Entity#getCanonicalName <em>Canonical Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical Name</em>'.
	 * @see org.collatio.model.Entity#getCanonicalName()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_CanonicalName();

	/**
	 * Returns the meta object for the attribute list '{@link org.collatio.model.Entity#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.collatio.model.Entity#getAliases()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Entity#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.collatio.model.Entity#getDescription()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Description();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention</em>'.
	 * @see org.collatio.model.Mention
	 * @generated
	 */
	EClass getMention();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Mention#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Mention#getId()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Id();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Mention#getSpan <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Span</em>'.
	 * @see org.collatio.model.Mention#getSpan()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Span();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Mention#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.collatio.model.Mention#getEntity()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Entity();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.collatio.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Claim#getId()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Id();

	/**
	 * Returns the meta object for the reference list '{@link org.collatio.model.Claim#getSpans <em>Spans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Spans</em>'.
	 * @see org.collatio.model.Claim#getSpans()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Spans();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Claim#getSpeaker <em>Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speaker</em>'.
	 * @see org.collatio.model.Claim#getSpeaker()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Speaker();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Claim#getVia <em>Via</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Via</em>'.
	 * @see org.collatio.model.Claim#getVia()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Via();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getWhenStated <em>When Stated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When Stated</em>'.
	 * @see org.collatio.model.Claim#getWhenStated()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_WhenStated();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getWhenDate <em>When Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When Date</em>'.
	 * @see org.collatio.model.Claim#getWhenDate()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_WhenDate();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Claim#getProposition <em>Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Proposition</em>'.
	 * @see org.collatio.model.Claim#getProposition()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Proposition();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getStance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stance</em>'.
	 * @see org.collatio.model.Claim#getStance()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Stance();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.collatio.model.Claim#getKind()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getParaphrase <em>Paraphrase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paraphrase</em>'.
	 * @see org.collatio.model.Claim#getParaphrase()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Paraphrase();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Claim#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.collatio.model.Claim#getAnnotator()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.collatio.model.Claim#getCreated()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Claim#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.collatio.model.Claim#getModified()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Modified();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Proposition <em>Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proposition</em>'.
	 * @see org.collatio.model.Proposition
	 * @generated
	 */
	EClass getProposition();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Proposition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Proposition#getId()
	 * @see #getProposition()
	 * @generated
	 */
	EAttribute getProposition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Proposition#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.collatio.model.Proposition#getStatement()
	 * @see #getProposition()
	 * @generated
	 */
	EAttribute getProposition_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Proposition#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.collatio.model.Proposition#getVerdict()
	 * @see #getProposition()
	 * @generated
	 */
	EAttribute getProposition_Verdict();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.Proposition#getVerdictBy <em>Verdict By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verdict By</em>'.
	 * @see org.collatio.model.Proposition#getVerdictBy()
	 * @see #getProposition()
	 * @generated
	 */
	EReference getProposition_VerdictBy();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Proposition#getVerdictNote <em>Verdict Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict Note</em>'.
	 * @see org.collatio.model.Proposition#getVerdictNote()
	 * @see #getProposition()
	 * @generated
	 */
	EAttribute getProposition_VerdictNote();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Proposition#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.collatio.model.Proposition#getNotes()
	 * @see #getProposition()
	 * @generated
	 */
	EAttribute getProposition_Notes();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.ClaimRelation <em>Claim Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim Relation</em>'.
	 * @see org.collatio.model.ClaimRelation
	 * @generated
	 */
	EClass getClaimRelation();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.ClaimRelation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.ClaimRelation#getId()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.ClaimRelation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.collatio.model.ClaimRelation#getKind()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.ClaimRelation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.collatio.model.ClaimRelation#getSource()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EReference getClaimRelation_Source();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.ClaimRelation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.collatio.model.ClaimRelation#getTarget()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EReference getClaimRelation_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.ClaimRelation#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.collatio.model.ClaimRelation#getRationale()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Rationale();

	/**
	 * Returns the meta object for the reference '{@link org.collatio.model.ClaimRelation#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.collatio.model.ClaimRelation#getAnnotator()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EReference getClaimRelation_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.ClaimRelation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.collatio.model.ClaimRelation#getStatus()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.ClaimRelation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.collatio.model.ClaimRelation#getCreated()
	 * @see #getClaimRelation()
	 * @generated
	 */
	EAttribute getClaimRelation_Created();

	/**
	 * Returns the meta object for class '{@link org.collatio.model.Annotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator</em>'.
	 * @see org.collatio.model.Annotator
	 * @generated
	 */
	EClass getAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Annotator#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.collatio.model.Annotator#getId()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.collatio.model.Annotator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.collatio.model.Annotator#getName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Name();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.RegionKind <em>Region Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Kind</em>'.
	 * @see org.collatio.model.RegionKind
	 * @generated
	 */
	EEnum getRegionKind();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.EntityKind <em>Entity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entity Kind</em>'.
	 * @see org.collatio.model.EntityKind
	 * @generated
	 */
	EEnum getEntityKind();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.Stance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stance</em>'.
	 * @see org.collatio.model.Stance
	 * @generated
	 */
	EEnum getStance();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.ClaimKind <em>Claim Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Kind</em>'.
	 * @see org.collatio.model.ClaimKind
	 * @generated
	 */
	EEnum getClaimKind();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.collatio.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see org.collatio.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the meta object for enum '{@link org.collatio.model.RelationStatus <em>Relation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Status</em>'.
	 * @see org.collatio.model.RelationStatus
	 * @generated
	 */
	EEnum getRelationStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CollatioFactory getCollatioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.CorpusImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__DESCRIPTION = eINSTANCE.getCorpus_Description();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__DOCUMENTS = eINSTANCE.getCorpus_Documents();

		/**
		 * The meta object literal for the '<em><b>Tag Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__TAG_SETS = eINSTANCE.getCorpus_TagSets();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ENTITIES = eINSTANCE.getCorpus_Entities();

		/**
		 * The meta object literal for the '<em><b>Propositions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__PROPOSITIONS = eINSTANCE.getCorpus_Propositions();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__RELATIONS = eINSTANCE.getCorpus_Relations();

		/**
		 * The meta object literal for the '<em><b>Annotators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ANNOTATORS = eINSTANCE.getCorpus_Annotators();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.DocumentImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__OUTLET = eINSTANCE.getDocument_Outlet();

		/**
		 * The meta object literal for the '<em><b>Outlet Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__OUTLET_ENTITY = eINSTANCE.getDocument_OutletEntity();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__AUTHOR = eINSTANCE.getDocument_Author();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__URL = eINSTANCE.getDocument_Url();

		/**
		 * The meta object literal for the '<em><b>Publication Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLICATION_DATE = eINSTANCE.getDocument_PublicationDate();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Imported From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__IMPORTED_FROM = eINSTANCE.getDocument_ImportedFrom();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CONTENT_HASH = eINSTANCE.getDocument_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LENGTH = eINSTANCE.getDocument_Length();

		/**
		 * The meta object literal for the '<em><b>Boilerplate</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__BOILERPLATE = eINSTANCE.getDocument_Boilerplate();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__CONTENT = eINSTANCE.getDocument_Content();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.TextRegionImpl <em>Text Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.TextRegionImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getTextRegion()
		 * @generated
		 */
		EClass TEXT_REGION = eINSTANCE.getTextRegion();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__BEGIN = eINSTANCE.getTextRegion_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__END = eINSTANCE.getTextRegion_End();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__KIND = eINSTANCE.getTextRegion_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_REGION__LABEL = eINSTANCE.getTextRegion_Label();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.DocumentContentImpl <em>Document Content</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.DocumentContentImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getDocumentContent()
		 * @generated
		 */
		EClass DOCUMENT_CONTENT = eINSTANCE.getDocumentContent();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_CONTENT__DOCUMENT = eINSTANCE.getDocumentContent_Document();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_CONTENT__TEXT = eINSTANCE.getDocumentContent_Text();

		/**
		 * The meta object literal for the '<em><b>Spans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_CONTENT__SPANS = eINSTANCE.getDocumentContent_Spans();

		/**
		 * The meta object literal for the '<em><b>Claims</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_CONTENT__CLAIMS = eINSTANCE.getDocumentContent_Claims();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_CONTENT__MENTIONS = eINSTANCE.getDocumentContent_Mentions();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.SpanAnnotationImpl <em>Span Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.SpanAnnotationImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getSpanAnnotation()
		 * @generated
		 */
		EClass SPAN_ANNOTATION = eINSTANCE.getSpanAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__ID = eINSTANCE.getSpanAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__BEGIN = eINSTANCE.getSpanAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__END = eINSTANCE.getSpanAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPAN_ANNOTATION__TAGS = eINSTANCE.getSpanAnnotation_Tags();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__NOTE = eINSTANCE.getSpanAnnotation_Note();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPAN_ANNOTATION__ANNOTATOR = eINSTANCE.getSpanAnnotation_Annotator();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__CREATED = eINSTANCE.getSpanAnnotation_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_ANNOTATION__MODIFIED = eINSTANCE.getSpanAnnotation_Modified();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.TagSetImpl <em>Tag Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.TagSetImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getTagSet()
		 * @generated
		 */
		EClass TAG_SET = eINSTANCE.getTagSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__ID = eINSTANCE.getTagSet_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__NAME = eINSTANCE.getTagSet_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_SET__DESCRIPTION = eINSTANCE.getTagSet_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_SET__TAGS = eINSTANCE.getTagSet_Tags();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.TagImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__ID = eINSTANCE.getTag_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__CODE = eINSTANCE.getTag_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__DESCRIPTION = eINSTANCE.getTag_Description();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__COLOR = eINSTANCE.getTag_Color();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__KEY = eINSTANCE.getTag_Key();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG__CHILDREN = eINSTANCE.getTag_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG__PARENT = eINSTANCE.getTag_Parent();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.EntityImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__KIND = eINSTANCE.getEntity_Kind();

		/**
		 * The meta object literal for the '<em><b>Canonical Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CANONICAL_NAME = eINSTANCE.getEntity_CanonicalName();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ALIASES = eINSTANCE.getEntity_Aliases();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__DESCRIPTION = eINSTANCE.getEntity_Description();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.MentionImpl <em>Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.MentionImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getMention()
		 * @generated
		 */
		EClass MENTION = eINSTANCE.getMention();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__ID = eINSTANCE.getMention_Id();

		/**
		 * The meta object literal for the '<em><b>Span</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__SPAN = eINSTANCE.getMention_Span();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__ENTITY = eINSTANCE.getMention_Entity();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.ClaimImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__ID = eINSTANCE.getClaim_Id();

		/**
		 * The meta object literal for the '<em><b>Spans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SPANS = eINSTANCE.getClaim_Spans();

		/**
		 * The meta object literal for the '<em><b>Speaker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SPEAKER = eINSTANCE.getClaim_Speaker();

		/**
		 * The meta object literal for the '<em><b>Via</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__VIA = eINSTANCE.getClaim_Via();

		/**
		 * The meta object literal for the '<em><b>When Stated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__WHEN_STATED = eINSTANCE.getClaim_WhenStated();

		/**
		 * The meta object literal for the '<em><b>When Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__WHEN_DATE = eINSTANCE.getClaim_WhenDate();

		/**
		 * The meta object literal for the '<em><b>Proposition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__PROPOSITION = eINSTANCE.getClaim_Proposition();

		/**
		 * The meta object literal for the '<em><b>Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__STANCE = eINSTANCE.getClaim_Stance();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__KIND = eINSTANCE.getClaim_Kind();

		/**
		 * The meta object literal for the '<em><b>Paraphrase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__PARAPHRASE = eINSTANCE.getClaim_Paraphrase();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__ANNOTATOR = eINSTANCE.getClaim_Annotator();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__CREATED = eINSTANCE.getClaim_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__MODIFIED = eINSTANCE.getClaim_Modified();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.PropositionImpl <em>Proposition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.PropositionImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getProposition()
		 * @generated
		 */
		EClass PROPOSITION = eINSTANCE.getProposition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPOSITION__ID = eINSTANCE.getProposition_Id();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPOSITION__STATEMENT = eINSTANCE.getProposition_Statement();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPOSITION__VERDICT = eINSTANCE.getProposition_Verdict();

		/**
		 * The meta object literal for the '<em><b>Verdict By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPOSITION__VERDICT_BY = eINSTANCE.getProposition_VerdictBy();

		/**
		 * The meta object literal for the '<em><b>Verdict Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPOSITION__VERDICT_NOTE = eINSTANCE.getProposition_VerdictNote();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPOSITION__NOTES = eINSTANCE.getProposition_Notes();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.ClaimRelationImpl <em>Claim Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.ClaimRelationImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getClaimRelation()
		 * @generated
		 */
		EClass CLAIM_RELATION = eINSTANCE.getClaimRelation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__ID = eINSTANCE.getClaimRelation_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__KIND = eINSTANCE.getClaimRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_RELATION__SOURCE = eINSTANCE.getClaimRelation_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_RELATION__TARGET = eINSTANCE.getClaimRelation_Target();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__RATIONALE = eINSTANCE.getClaimRelation_Rationale();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM_RELATION__ANNOTATOR = eINSTANCE.getClaimRelation_Annotator();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__STATUS = eINSTANCE.getClaimRelation_Status();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_RELATION__CREATED = eINSTANCE.getClaimRelation_Created();

		/**
		 * The meta object literal for the '{@link org.collatio.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.impl.AnnotatorImpl
		 * @see org.collatio.model.impl.CollatioPackageImpl#getAnnotator()
		 * @generated
		 */
		EClass ANNOTATOR = eINSTANCE.getAnnotator();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__ID = eINSTANCE.getAnnotator_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__NAME = eINSTANCE.getAnnotator_Name();

		/**
		 * The meta object literal for the '{@link org.collatio.model.RegionKind <em>Region Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.RegionKind
		 * @see org.collatio.model.impl.CollatioPackageImpl#getRegionKind()
		 * @generated
		 */
		EEnum REGION_KIND = eINSTANCE.getRegionKind();

		/**
		 * The meta object literal for the '{@link org.collatio.model.EntityKind <em>Entity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.EntityKind
		 * @see org.collatio.model.impl.CollatioPackageImpl#getEntityKind()
		 * @generated
		 */
		EEnum ENTITY_KIND = eINSTANCE.getEntityKind();

		/**
		 * The meta object literal for the '{@link org.collatio.model.Stance <em>Stance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.Stance
		 * @see org.collatio.model.impl.CollatioPackageImpl#getStance()
		 * @generated
		 */
		EEnum STANCE = eINSTANCE.getStance();

		/**
		 * The meta object literal for the '{@link org.collatio.model.ClaimKind <em>Claim Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.ClaimKind
		 * @see org.collatio.model.impl.CollatioPackageImpl#getClaimKind()
		 * @generated
		 */
		EEnum CLAIM_KIND = eINSTANCE.getClaimKind();

		/**
		 * The meta object literal for the '{@link org.collatio.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.Verdict
		 * @see org.collatio.model.impl.CollatioPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.collatio.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.RelationKind
		 * @see org.collatio.model.impl.CollatioPackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

		/**
		 * The meta object literal for the '{@link org.collatio.model.RelationStatus <em>Relation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.collatio.model.RelationStatus
		 * @see org.collatio.model.impl.CollatioPackageImpl#getRelationStatus()
		 * @generated
		 */
		EEnum RELATION_STATUS = eINSTANCE.getRelationStatus();

	}

} //CollatioPackage
