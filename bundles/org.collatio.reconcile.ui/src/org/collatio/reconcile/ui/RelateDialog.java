/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import org.collatio.model.Claim;
import org.collatio.model.RelationKind;
import org.collatio.editor.claims.RelationFields;
import org.collatio.reconcile.Labels;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Asks how one claim relates to another (contradicts, agrees, qualifies, updates) and why. */
public final class RelateDialog extends TitleAreaDialog {

	/** What the researcher answered. */
	public record Answer(RelationKind kind, String rationale) {
	}

	private final Claim source;
	private final Claim target;
	private Answer initial;
	private RelationFields fields;
	private Answer answer;

	RelateDialog(Shell shell, Claim source, Claim target) {
		super(shell);
		this.source = source;
		this.target = target;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Link Claims");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Labels.shortName(source));
		setMessage("\u2026 relates to " + Labels.shortName(target));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		fields = new RelationFields(form, null, true);
		if (initial != null) {
			fields.show(initial.kind(), initial.rationale());
		}
		return area;
	}

	@Override
	protected void okPressed() {
		answer = new Answer(fields.kind(), fields.rationale());
		super.okPressed();
	}

	/** Starts from an existing relation's kind and rationale. */
	RelateDialog editing(Answer current) {
		this.initial = current;
		return this;
	}

	Answer getAnswer() {
		return answer;
	}
}
