/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.Objects;

import org.collatio.model.Proposition;
import org.collatio.model.Verdict;
import org.collatio.reconcile.Labels;
import org.collatio.reconcile.PropositionAccounts;
import org.collatio.reconcile.Report;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The proposition shown, its summary, and the researcher's verdict on it (undecided, consistent,
 * contested, resolved) with a note, recorded as one undoable command.
 */
final class VerdictPanel {

	private final Composite panel;
	private final Label statement;
	private final Label summary;
	private final Combo verdict;
	private final Text note;
	private final Button record;
	private final java.util.function.Supplier<EditingDomain> domain;
	private Proposition proposition;

	VerdictPanel(Composite parent, java.util.function.Supplier<EditingDomain> domain) {
		this.domain = domain;
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(panel);
		statement = new Label(panel, SWT.WRAP);
		statement.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(statement);
		summary = new Label(panel, SWT.NONE);
		GridDataFactory.fillDefaults().grab(false, false).applyTo(summary);
		new Label(panel, SWT.NONE).setText("   Verdict:");
		verdict = new Combo(panel, SWT.READ_ONLY | SWT.BORDER);
		for (Verdict value : Verdict.values()) {
			verdict.add(Labels.lower(value));
		}
		note = new Text(panel, SWT.BORDER | SWT.SINGLE);
		note.setMessage("note on the verdict: what settles it, what is missing");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
		record = new Button(panel, SWT.PUSH);
		record.setText("Record Verdict");
		record.addListener(SWT.Selection, e -> recordVerdict());
		note.addListener(SWT.DefaultSelection, e -> recordVerdict());
	}

	void show(PropositionAccounts accounts, String allSummary) {
		proposition = accounts == null ? null : accounts.proposition();
		statement.setText(accounts == null ? "All propositions" : accounts.statement());
		summary.setText(accounts == null ? allSummary : Report.summaryOf(accounts));
		verdict.select(proposition == null ? 0 : proposition.getVerdict().getValue());
		note.setText(proposition == null || proposition.getVerdictNote() == null ? "" : proposition.getVerdictNote());
		for (var control : new org.eclipse.swt.widgets.Control[] { verdict, note, record }) {
			control.setEnabled(proposition != null);
		}
		panel.layout(true, true);
	}

	/** Records the verdict and note of the shown proposition, if they changed. */
	void recordVerdict() {
		if (proposition == null) {
			return;
		}
		Verdict chosen = Verdict.values()[verdict.getSelectionIndex()];
		String text = note.getText().isBlank() ? null : note.getText().strip();
		if (chosen == proposition.getVerdict() && Objects.equals(text, proposition.getVerdictNote())) {
			return;
		}
		EditingDomain editingDomain = domain.get();
		editingDomain.getCommandStack().execute(org.collatio.core.edit.ClaimCommands.setVerdict(editingDomain, proposition, chosen, text));
	}

	Composite control() {
		return panel;
	}

	Combo verdict() {
		return verdict;
	}

	Text note() {
		return note;
	}

	Button recordButton() {
		return record;
	}
}
