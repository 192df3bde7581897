/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * The XMI resource of Collatio's files. Objects are addressed by their {@code id} attributes, so
 * references between files (a claim relation in corpus.xmi to claims in two documents) stay valid
 * whatever else changes. A document content resource also brings the document's text in from its
 * write-once text file.
 */
public class CollatioResource extends XMIResourceImpl {

	/** One parser pool for all resources: creating SAX parsers dominates the cost of small files. */
	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

	/** Creates {@link CollatioResource}s. */
	public static final class Factory extends XMIResourceFactoryImpl {
		@Override
		public Resource createResource(URI uri) {
			return new CollatioResource(uri);
		}
	}

	public CollatioResource(URI uri) {
		super(uri);
		// references from documents into corpus.xmi (tags, entities) are resolved by id: without
		// this cache each lookup walks the whole corpus tree
		setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 120);
		save.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
	}

	@Override
	protected boolean useIDs() {
		return true;
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		super.doLoad(inputStream, options);
		if (!getContents().isEmpty() && getContents().get(0) instanceof DocumentContent content && content.getText() == null) {
			content.setText(readText(CorpusLayout.textFileOf(getURI())));
		}
	}

	static String readText(Path file) throws IOException {
		try {
			return TextFiles.readUtf8(file);
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": the document's text file is missing", e);
		} catch (CharacterCodingException e) {
			throw new IOException(file + ": the document's text file is not valid UTF-8", e);
		}
	}

}
