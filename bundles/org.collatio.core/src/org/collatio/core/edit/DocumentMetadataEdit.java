/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.collatio.core.store.PartialDate;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Builds the one command that changes a document's metadata fields (the properties dialog), and checks their values. */
public final class DocumentMetadataEdit {

	/** The editable metadata of a document. */
	public enum Field {
		TITLE("Title", CollatioPackage.Literals.DOCUMENT__TITLE),
		OUTLET("Outlet", CollatioPackage.Literals.DOCUMENT__OUTLET),
		AUTHOR("Author", CollatioPackage.Literals.DOCUMENT__AUTHOR),
		DATE("Publication date", CollatioPackage.Literals.DOCUMENT__PUBLICATION_DATE),
		URL("URL", CollatioPackage.Literals.DOCUMENT__URL),
		LANGUAGE("Language", CollatioPackage.Literals.DOCUMENT__LANGUAGE);

		private final String label;
		private final EAttribute attribute;

		Field(String label, EAttribute attribute) {
			this.label = label;
			this.attribute = attribute;
		}

		public String label() {
			return label;
		}

		/** The attribute of {@link Document} this field edits. */
		public EAttribute attribute() {
			return attribute;
		}

		public String valueOf(Document document) {
			Object value = document.eGet(attribute);
			return value == null ? "" : value.toString();
		}
	}

	private DocumentMetadataEdit() {
	}

	/** The document's current values. */
	public static Map<Field, String> valuesOf(Document document) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		for (Field field : Field.values()) {
			values.put(field, field.valueOf(document));
		}
		return values;
	}

	/** What is wrong with a value, or null when it is acceptable. */
	public static String problem(Field field, String value) {
		if (field == Field.DATE && !value.isBlank() && !PartialDate.isValid(value.strip())) {
			return "The date must be YYYY, YYYY-MM or YYYY-MM-DD (or empty when unknown).";
		}
		if (field == Field.TITLE && value.isBlank()) {
			return "A document needs a title.";
		}
		return null;
	}

	/**
	 * One command setting every field whose value differs (blank means unknown), or null when
	 * nothing changes.
	 */
	public static Command command(EditingDomain domain, Document document, Map<Field, String> values) {
		CompoundCommand command = new CompoundCommand("Edit Document Properties");
		for (Map.Entry<Field, String> entry : values.entrySet()) {
			Field field = entry.getKey();
			String value = entry.getValue() == null || entry.getValue().isBlank() ? null : entry.getValue().strip();
			if (problem(field, value == null ? "" : value) != null) {
				throw new IllegalArgumentException(problem(field, value == null ? "" : value));
			}
			if (!Objects.equals(value, document.eGet(field.attribute))) {
				command.append(SetCommand.create(domain, document, field.attribute, value));
			}
		}
		return command.isEmpty() ? null : command;
	}
}
