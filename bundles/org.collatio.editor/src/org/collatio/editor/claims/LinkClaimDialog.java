/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;

import java.util.List;
import java.util.Locale;

import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.RelationKind;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Picks the claim to link to (filterable list of the corpus's claims), the kind of link and the rationale. */
public final class LinkClaimDialog extends TitleAreaDialog {

	private final Claim source;
	private final List<Claim> candidates;
	private TableViewer list;
	private RelationFields fields;
	private Claim target;
	private RelationKind relationKind;
	private String reason;

	public LinkClaimDialog(Shell parent, Claim source, List<Claim> candidates) {
		super(parent);
		this.source = source;
		this.candidates = candidates.stream().filter(c -> c != source).toList();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Link Claim");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Link Claim");
		setMessage("From: " + describe(source));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		fields = new RelationFields(form, () -> {
			Text filter = new Text(form, SWT.SEARCH | SWT.ICON_SEARCH);
			filter.setMessage("filter claims");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(filter);
			list = new TableViewer(form, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
			list.setContentProvider(ArrayContentProvider.getInstance());
			list.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return describe((Claim) element);
				}
			});
			list.setInput(candidates);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(FontUnits.width(list.getControl(), 90), FontUnits.height(list.getControl(), 15)).applyTo(list.getControl());
			filter.addModifyListener(e -> {
				String needle = filter.getText().toLowerCase(Locale.ROOT);
				list.setInput(candidates.stream().filter(c -> describe(c).toLowerCase(Locale.ROOT).contains(needle)).toList());
			});
			list.addSelectionChangedListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(!list.getStructuredSelection().isEmpty()));
		}, false);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	/** "[outlet, date] speaker: quote" */
	public static String describe(Claim claim) {
		String quote = claim.getSpans().isEmpty() || !(claim.eContainer() instanceof DocumentContent content) ? ""
				: content.getText().substring(claim.getSpans().get(0).getBegin(), claim.getSpans().get(0).getEnd()).replaceAll("\\s+", " ");
		String where = claim.eContainer() instanceof DocumentContent content && content.getDocument() != null
				? "[" + content.getDocument().getOutlet() + ", " + content.getDocument().getPublicationDate() + "] "
				: "";
		String who = claim.getSpeaker() == null ? "" : claim.getSpeaker().getCanonicalName() + ": ";
		return where + who + (quote.length() > 100 ? quote.substring(0, 97) + "..." : quote);
	}

	@Override
	protected void okPressed() {
		target = (Claim) list.getStructuredSelection().getFirstElement();
		relationKind = fields.kind();
		reason = fields.rationale();
		super.okPressed();
	}

	public Claim getTarget() {
		return target;
	}

	public RelationKind getKind() {
		return relationKind;
	}

	public String getRationale() {
		return reason;
	}
}
