/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;


import org.collatio.model.edit.ModelLabels;
import org.collatio.model.RelationKind;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The two fields every way of linking claims asks for: the kind of relation (contradicts, agrees,
 * qualifies, updates) and the rationale. Laid out in a two-column grid given by the caller.
 */
public final class RelationFields {

	private final Combo kind;
	private final Text rationale;

	/** Adds "Relation:" before {@code between} (created by the caller, may be null) and "Rationale:" after it. */
	public RelationFields(Composite form, Runnable between, boolean multiLineRationale) {
		new Label(form, SWT.NONE).setText("&Relation:");
		kind = new Combo(form, SWT.READ_ONLY | SWT.BORDER);
		for (RelationKind value : RelationKind.values()) {
			kind.add(ModelLabels.of(value));
		}
		kind.select(0);
		if (between != null) {
			between.run();
		}
		new Label(form, SWT.NONE).setText("R&ationale:");
		rationale = new Text(form, SWT.BORDER | (multiLineRationale ? SWT.MULTI | SWT.WRAP : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, multiLineRationale).hint(FontUnits.width(rationale, 60), multiLineRationale ? FontUnits.height(rationale, 3) : SWT.DEFAULT).applyTo(rationale);
	}

	/** Shows an existing relation's kind and rationale (to edit them). */
	public void show(RelationKind value, String text) {
		kind.select(value.getValue());
		rationale.setText(text == null ? "" : text);
	}

	public RelationKind kind() {
		return RelationKind.values()[kind.getSelectionIndex()];
	}

	public String rationale() {
		return rationale.getText();
	}
}
