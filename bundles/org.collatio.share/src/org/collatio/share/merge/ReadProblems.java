/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** What EMF and the XML parser report about a version, as one line with the line and column. */
final class ReadProblems {

	private ReadProblems() {
	}

	static String describe(Exception failure, Resource resource) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return at(sax.getLineNumber(), sax.getColumnNumber()) + clean(sax.getMessage());
			}
		}
		if (resource != null && !resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return at(first.getLine(), first.getColumn()) + clean(first.getMessage());
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Resource.Diagnostic diagnostic) {
				return at(diagnostic.getLine(), diagnostic.getColumn()) + clean(diagnostic.getMessage());
			}
		}
		Throwable root = failure;
		while (root != null && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == null ? "unknown problem" : clean(root.getMessage());
	}

	private static String at(int line, int column) {
		return line > 0 ? "line " + line + ", column " + column + ": " : "";
	}

	private static String clean(String message) {
		if (message == null) {
			return "unknown problem";
		}
		// EMF wraps parser messages as "org.xml.sax.SAXParseExceptionpublicId: ...; columnNumber: 1; text",
		// and names the (fake) place the version was read at
		return message.replaceFirst("^org\\.xml\\.sax\\.SAXParseException.*?columnNumber: \\d+; ", "")
				.replaceAll("\\s*\\(?file:/collatio-merge/[^)\\s]*\\)?", "").trim();
	}
}
