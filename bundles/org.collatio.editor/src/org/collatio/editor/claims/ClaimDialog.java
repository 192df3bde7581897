/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;


import org.collatio.model.edit.ModelLabels;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.emf.common.util.Enumerator;
import org.collatio.model.ClaimKind;
import org.collatio.model.Corpus;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Stance;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The compact claim form: speaker and "reported via" pick an entity by any alias or name a new one;
 * the proposition is picked or typed; stance and kind; when said; a paraphrase.
 */
public final class ClaimDialog extends TitleAreaDialog {

	private final Corpus corpus;
	private final String quote;
	private Combo speaker;
	private Combo via;
	private Text whenStated;
	private Text whenDate;
	private Combo proposition;
	private Combo stance;
	private Combo kind;
	private Text paraphrase;
	private ClaimForm form;
	private ClaimForm initial;

	public ClaimDialog(Shell parent, Corpus corpus, String quote) {
		super(parent);
		this.corpus = corpus;
		this.quote = quote;
	}

	/** Fills the form with what a suggested claim found (speaker, via, when, kind); every field stays editable. */
	public ClaimDialog prefill(ClaimForm values) {
		this.initial = values;
		return this;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Make Claim");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Make Claim");
		setMessage("\u201C" + (quote.length() > 90 ? quote.substring(0, 87) + "..." : quote).replaceAll("\\s+", " ") + "\u201D");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		String[] entities = corpus.getEntities().stream().map(Entity::getCanonicalName).sorted().toArray(String[]::new);
		speaker = combo(form, "Speaker:", entities, SWT.DROP_DOWN);
		via = combo(form, "Reported via:", entities, SWT.DROP_DOWN);
		whenStated = text(form, "When said (as stated):");
		whenDate = text(form, "When (date, YYYY[-MM[-DD]]):");
		proposition = combo(form, "Proposition:", corpus.getPropositions().stream().map(Proposition::getStatement).toArray(String[]::new),
				SWT.DROP_DOWN);
		stance = combo(form, "Stance:", names(Stance.values()), SWT.READ_ONLY);
		stance.select(0);
		kind = combo(form, "Kind:", names(ClaimKind.values()), SWT.READ_ONLY);
		kind.select(0);
		paraphrase = text(form, "Paraphrase:");
		whenDate.addModifyListener(e -> validate());
		if (initial != null) {
			speaker.setText(initial.speaker() == null ? "" : initial.speaker());
			via.setText(initial.via() == null ? "" : initial.via());
			whenStated.setText(initial.whenStated() == null ? "" : initial.whenStated());
			if (initial.kind() != null) {
				kind.select(initial.kind().ordinal());
			}
		}
		return area;
	}

	private static String[] names(Enumerator[] values) {
		return ModelLabels.of(values);
	}

	private static Combo combo(Composite parent, String label, String[] items, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, style | SWT.BORDER);
		combo.setItems(items);
		GridDataFactory.fillDefaults().grab(true, false).hint(FontUnits.width(combo, 55), SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private static Text text(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private ClaimForm read() {
		return new ClaimForm(speaker.getText(), via.getText(), whenStated.getText(), whenDate.getText(), proposition.getText(),
				Stance.values()[Math.max(0, stance.getSelectionIndex())], ClaimKind.values()[Math.max(0, kind.getSelectionIndex())],
				paraphrase.getText());
	}

	private void validate() {
		String problem = read().problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		form = read();
		super.okPressed();
	}

	/** The form as filled in (after OK). */
	public ClaimForm getForm() {
		return form;
	}
}
