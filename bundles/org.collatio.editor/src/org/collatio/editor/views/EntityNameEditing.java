/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.function.Supplier;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.model.Entity;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/**
 * Edits an entity's name, or its aliases as a comma-separated list, in place: one undoable command
 * on the session's editing domain. An empty name is refused; blank and repeated aliases are dropped.
 */
final class EntityNameEditing extends EditingSupport {

	private final CellEditor editor;
	private final Supplier<CorpusSession> session;
	private final boolean aliases;

	EntityNameEditing(TableViewer viewer, Supplier<CorpusSession> session, boolean aliases) {
		super(viewer);
		this.editor = new TextCellEditor(viewer.getTable());
		this.session = session;
		this.aliases = aliases;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof Entity;
	}

	@Override
	protected Object getValue(Object element) {
		Entity entity = (Entity) element;
		return aliases ? String.join(", ", entity.getAliases()) : entity.getCanonicalName();
	}

	@Override
	protected void setValue(Object element, Object value) {
		Entity entity = (Entity) element;
		String text = value == null ? "" : value.toString();
		var domain = session.get().getEditingDomain();
		Command command = aliases ? ClaimCommands.setAliases(domain, entity, text) : ClaimCommands.renameEntity(domain, entity, text);
		if (command != null) {
			domain.getCommandStack().execute(command);
		}
	}

}
