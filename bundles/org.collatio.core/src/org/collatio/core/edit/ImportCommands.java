/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.List;

import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Imports that change an open corpus, as commands: the articles whose texts an import stored
 * ({@code ArticleImporter.importTexts}) join the corpus in one step of the Edit menu. Undo takes them
 * out again; their text files stay (a text is never rewritten) and the next opening of the corpus
 * sets them aside as orphans, so nothing is lost and nothing is left in the corpus.
 */
public final class ImportCommands {

	private ImportCommands() {
	}

	/** Adds the imported documents to the corpus, "Import 12 Articles"; unexecutable when there are none. */
	public static Command addImported(EditingDomain domain, Corpus corpus, List<Document> documents) {
		if (documents.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return Commands.labelled("Import " + documents.size() + (documents.size() == 1 ? " Article" : " Articles"),
				AddCommand.create(domain, corpus, CollatioPackage.Literals.CORPUS__DOCUMENTS, documents));
	}
}
