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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
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
		// EMF's own save caches: the configuration of the writer and the feature lookups are kept
		// between saves of the same resource (the auto-save serialises corpus.xmi on the UI thread)
		save.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		save.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<Object>());
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
			throw new TextFileException(file, "the document's text file is missing", e);
		} catch (CharacterCodingException e) {
			throw new TextFileException(file, "the document's text file is not valid UTF-8 (damaged or replaced)", e);
		} catch (IOException e) {
			throw new TextFileException(file, "the document's text file cannot be read: " + IoProblems.reason(e), e);
		}
	}

	/** A document's text file could not be read: the problem is about the text file, not the annotation file. */
	static final class TextFileException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Path file;
		private final String problem;

		TextFileException(Path file, String problem, Throwable cause) {
			super(file + ": " + problem, cause);
			this.file = file;
			this.problem = problem;
		}

		Path getFile() {
			return file;
		}

		String getProblem() {
			return problem;
		}
	}

	/**
	 * Saves through {@link XmlChars}: a character XML 1.0 cannot carry (a control character in a
	 * scraped title, U+FFFE, a lone surrogate) is written as U+FFFD instead of failing the whole save.
	 */
	@Override
	protected XMLSave createXMLSave() {
		return new CleaningSave(createXMLHelper());
	}

	/**
	 * The addresses written for references into other files. corpus.xmi holds tens of thousands of
	 * them (each claim relation names two claims) and EMF builds each one as a URI with its fragment
	 * and interns it, at every save: most of the cost of serialising corpus.xmi on the UI thread. An
	 * address is the target file's address relative to this one, then {@code #} and the target's id:
	 * the relative address is worked out once per target file and kept (a few thousand documents),
	 * for targets still proxies (their URI's file part) and loaded ones alike.
	 */
	private final Map<URI, String> fileHrefs = new HashMap<>();

	@Override
	public void setURI(URI uri) {
		if (uri == null ? getURI() != null : !uri.equals(getURI())) {
			fileHrefs.clear();
		}
		super.setURI(uri);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			public String getHREF(EObject obj) {
				URI proxy = ((InternalEObject) obj).eProxyURI();
				if (proxy != null) {
					return proxy.hasFragment() ? fileHref(proxy.trimFragment()) + '#' + proxy.fragment() : super.getHREF(obj);
				}
				Resource target = obj.eResource();
				if (target == null || target == CollatioResource.this || target.getURI() == null) {
					return super.getHREF(obj);
				}
				return fileHref(target.getURI()) + '#' + getURIFragment(target, obj);
			}

			private String fileHref(URI file) {
				String href = fileHrefs.get(file);
				if (href == null) {
					href = deresolve(file).toString();
					fileHrefs.put(file, href);
				}
				return href;
			}
		};
	}

	/** EMF's XMI writer, with its escaping applied after {@link XmlChars#clean}. */
	private static final class CleaningSave extends XMISaveImpl {

		CleaningSave(XMLHelper helper) {
			super(helper);
		}

		@Override
		protected void init(XMLResource resource, Map<?, ?> options) {
			super.init(resource, options);
			// with EMF's configuration cache this writer is initialised again for every save: wrapped once
			if (escape != null && !(escape instanceof CleaningEscape)) {
				escape = new CleaningEscape(escape);
			}
			if (escapeURI != null && !(escapeURI instanceof CleaningEscape)) {
				escapeURI = new CleaningEscape(escapeURI);
			}
		}

		private static final class CleaningEscape extends Escape {

			private final Escape delegate;

			CleaningEscape(Escape delegate) {
				this.delegate = delegate;
			}

			@Override
			public String convert(String input) {
				return delegate.convert(XmlChars.clean(input));
			}

			@Override
			public String convertText(String input) {
				return delegate.convertText(XmlChars.clean(input));
			}

			@Override
			public String convertLines(String input) {
				return delegate.convertLines(XmlChars.clean(input));
			}
		}
	}

}
