/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.collatio.ui.views.TextColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.collatio.share.merge.Conflict;
import org.collatio.share.resolve.ConflictResolution.Choice;
import org.collatio.share.resolve.ConflictResolution.Delete;
import org.collatio.share.resolve.ConflictResolution.Keep;
import org.collatio.share.resolve.ConflictResolution.Value;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Team &gt; Resolve Conflicts: each field both sides changed differently (or an object deleted on
 * one side and changed on the other), with the common value, mine and theirs. The merged corpus
 * holds mine until the researcher chooses: keep mine, take theirs, type a value, or (for a deleted
 * object) delete it. The choices are applied as one undoable command, then saved and sent with the
 * next synchronisation.
 */
final class ConflictsDialog extends Dialog {

	private final List<Conflict> conflicts;
	private final Map<Conflict, Choice> choices = new LinkedHashMap<>();
	private TableViewer table;

	ConflictsDialog(Shell parent, List<Conflict> conflicts) {
		super(parent);
		this.conflicts = List.copyOf(conflicts);
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Resolve Conflicts");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label about = new Label(area, SWT.WRAP);
		about.setText(conflicts.size() + " fields were changed differently by you and a colleague. Your value stands until you choose.");
		GridDataFactory.fillDefaults().grab(true, false).hint(FontUnits.width(about, 115), SWT.DEFAULT).applyTo(about);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(FontUnits.width(holder, 115), FontUnits.height(holder, 18)).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Object", 18, c -> c.kind() + " " + (c.id() == null ? "" : c.id()) + (c.path().equals("corpus.xmi") ? "" : " (" + c.path() + ")"));
		column(layout, "Field", 12, c -> c.feature() == null ? "deleted / changed" : c.feature());
		column(layout, "Before", 18, c -> show(c.base()));
		column(layout, "Mine", 18, c -> show(c.mine()));
		column(layout, "Theirs", 18, c -> show(c.theirs()));
		column(layout, "Choice", 16, this::describe);
		table.setInput(conflicts);
		Composite buttons = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().applyTo(buttons);
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		button(buttons, "Keep &Mine", () -> choose(c -> new Keep()));
		button(buttons, "Take &Theirs", () -> choose(c -> c.feature() == null ? (c.theirs() == null ? new Delete() : new Keep()) : new Value(c.theirs())));
		button(buttons, "&Edit Value...", this::edit);
		return area;
	}

	private static String show(String value) {
		return value == null ? "(none)" : value.replace("\r\n", "\u21b5").replace('\n', '\u21b5');
	}

	private String describe(Conflict conflict) {
		Choice choice = choices.get(conflict);
		if (choice == null || choice instanceof Keep) {
			return conflict.feature() == null ? "keep the object" : "mine";
		}
		return choice instanceof Delete ? "delete it" : "\u201c" + show(((Value) choice).text()) + "\u201d";
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Conflict, String> text) {
		TextColumns.add(table, layout, title, weight, 60, Conflict.class, text);
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private List<Conflict> selected() {
		List<Conflict> selected = new ArrayList<>();
		table.getStructuredSelection().forEach(o -> selected.add((Conflict) o));
		return selected;
	}

	/** Chooses for the selected conflicts. */
	void choose(Function<Conflict, Choice> choice) {
		for (Conflict conflict : selected()) {
			choices.put(conflict, choice.apply(conflict));
		}
		table.refresh();
	}

	private void edit() {
		List<Conflict> selected = selected().stream().filter(c -> c.feature() != null).toList();
		if (selected.isEmpty()) {
			return;
		}
		InputDialog input = new InputDialog(getShell(), "Edit Value", "The value of " + selected.get(0).feature() + ":",
				selected.get(0).mine() == null ? "" : selected.get(0).mine(), null);
		if (input.open() == Window.OK) {
			choose(c -> c.feature() == null ? new Keep() : new Value(input.getValue()));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Apply", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** Every conflict with its choice (keep mine where none was made). */
	Map<Conflict, Choice> choices() {
		Map<Conflict, Choice> all = new LinkedHashMap<>();
		conflicts.forEach(c -> all.put(c, choices.getOrDefault(c, new Keep())));
		return all;
	}

	TableViewer table() {
		return table;
	}
}
