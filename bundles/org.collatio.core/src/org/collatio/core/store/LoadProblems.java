/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into one message with the file, line and column. */
final class LoadProblems {

	private LoadProblems() {
	}

	static CorpusException describe(Path file, Exception failure, Resource resource) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof CollatioResource.TextFileException text) {
				return new CorpusException(text.getFile(), text.getProblem(), failure);
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return new CorpusException(file, at(sax.getLineNumber(), sax.getColumnNumber()) + clean(sax.getMessage()), failure);
			}
		}
		if (resource != null && !resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return new CorpusException(file, at(first.getLine(), first.getColumn()) + clean(first.getMessage()), failure);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Resource.Diagnostic diagnostic) {
				return new CorpusException(file, at(diagnostic.getLine(), diagnostic.getColumn()) + clean(diagnostic.getMessage()), failure);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return new CorpusException(file, "cannot be read: " + (root instanceof java.io.IOException io ? IoProblems.reason(io) : clean(root.getMessage())), failure);
	}

	private static String at(int line, int column) {
		return line > 0 ? "line " + line + ", column " + column + ": " : "";
	}

	private static String clean(String message) {
		if (message == null) {
			return "unknown problem";
		}
		// EMF wraps parser messages as "org.xml.sax.SAXParseExceptionpublicId: ...; columnNumber: 1; text"
		return message.replaceFirst("^org\\.xml\\.sax\\.SAXParseException.*?columnNumber: \\d+; ", "")
				.replaceAll("\\s*\\(file:[^)]*\\)", "").trim();
	}
}
