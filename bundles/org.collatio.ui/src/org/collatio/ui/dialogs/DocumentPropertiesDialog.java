/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.dialogs;

import java.util.EnumMap;
import java.util.Map;

import org.collatio.model.Document;
import org.collatio.core.edit.DocumentMetadataEdit;
import org.collatio.core.edit.DocumentMetadataEdit.Field;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Title, outlet, author, date, URL and language of a document, checked as they are typed. */
public final class DocumentPropertiesDialog extends TitleAreaDialog {

	private final Document document;
	private final Map<Field, Text> texts = new EnumMap<>(Field.class);
	private final Map<Field, String> values = new EnumMap<>(Field.class);

	public DocumentPropertiesDialog(Shell parent, Document document) {
		super(parent);
		this.document = document;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Document Properties");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(document.getId());
		setMessage("Imported from " + document.getImportedFrom());
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		Map<Field, String> current = DocumentMetadataEdit.valuesOf(document);
		for (Field field : Field.values()) {
			new Label(form, SWT.NONE).setText(field.label() + ":");
			Text text = new Text(form, SWT.BORDER);
			text.setText(current.get(field));
			GridDataFactory.fillDefaults().grab(true, false).hint(FontUnits.width(text, 60), SWT.DEFAULT).applyTo(text);
			text.addModifyListener(e -> validate());
			texts.put(field, text);
		}
		return area;
	}

	private void validate() {
		String problem = null;
		for (Map.Entry<Field, Text> entry : texts.entrySet()) {
			problem = DocumentMetadataEdit.problem(entry.getKey(), entry.getValue().getText());
			if (problem != null) {
				break;
			}
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		texts.forEach((field, text) -> values.put(field, text.getText()));
		super.okPressed();
	}

	/** The values entered (after OK). */
	public Map<Field, String> getValues() {
		return values;
	}
}
