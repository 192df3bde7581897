/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import org.collatio.core.edit.TagCommands;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;

/** Dragging a tag onto another tag (or a tag set) in the palette re-parents it, as one undoable command. */
public final class TagDropAdapter extends ViewerDropAdapter {

	private final CorpusSession session;

	public TagDropAdapter(Viewer viewer, CorpusSession session) {
		super(viewer);
		this.session = session;
		setFeedbackEnabled(false);
	}

	/** Whether {@code dragged} may move under {@code target}. */
	public static boolean canMove(Object dragged, Object target) {
		return dragged instanceof Tag tag && (target instanceof TagSet || target instanceof Tag parent && parent != tag
				&& !EcoreUtil.isAncestor(tag, parent) && tag.getParent() != parent);
	}

	/** Moves {@code dragged} under {@code target}. */
	public boolean move(Object dragged, Object target) {
		if (!canMove(dragged, target)) {
			return false;
		}
		session.getEditingDomain().getCommandStack().execute(TagCommands.move(session.getEditingDomain(), (Tag) dragged,
				(org.eclipse.emf.ecore.EObject) target));
		return true;
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return LocalSelectionTransfer.getTransfer().isSupportedType(type) && canMove(dragged(), target);
	}

	@Override
	public boolean performDrop(Object data) {
		return move(dragged(), getCurrentTarget());
	}

	private static Object dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection ? selection.getFirstElement() : null;
	}
}
