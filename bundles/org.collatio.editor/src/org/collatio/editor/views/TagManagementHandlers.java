/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.List;

import org.collatio.core.edit.TagCommands;
import org.collatio.core.edit.TagCommands.DeletePolicy;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.HexColour;
import org.collatio.core.tags.Tags;
import org.collatio.editor.internal.SpanPresentation;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** The tag palette's commands: new, rename, recolour, key and delete; each an undoable command. */
public final class TagManagementHandlers {

	private TagManagementHandlers() {
	}

	/** Common: the palette's selection, the session, and running the command. */
	abstract static class PaletteHandler extends AbstractHandler {
		@Override
		public final Object execute(ExecutionEvent event) throws ExecutionException {
			CorpusSession session = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(CorpusSession.class);
			if (session.getStore() == null) {
				return null;
			}
			Object selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s.getFirstElement() : null;
			try {
				Command command = command(session, selected, HandlerUtil.getActiveShellChecked(event));
				if (command != null) {
					session.getEditingDomain().getCommandStack().execute(command);
				}
			} catch (IllegalArgumentException | CorpusException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), "Tags", e.getMessage());
			}
			return null;
		}

		abstract Command command(CorpusSession session, Object selected, Shell shell) throws CorpusException;
	}

	/** New Tag: under the selected tag or tag set (or the first tag set). */
	public static final class NewTag extends PaletteHandler {
		@Override
		Command command(CorpusSession session, Object selected, Shell shell) {
			EObject parent = selected instanceof Tag || selected instanceof TagSet ? (EObject) selected
					: session.getStore().getCorpus().getTagSets().get(0);
			InputDialog dialog = new InputDialog(shell, "New Tag", "Name of the new tag:", "", v -> v.isBlank() ? "Enter a name." : null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			String color = parent instanceof Tag tag && tag.getColor() != null ? tag.getColor() : "#FFD166";
			return TagCommands.create(session.getEditingDomain(), parent, dialog.getValue().strip(), color, null);
		}
	}

	/** Rename Tag. */
	public static final class Rename extends PaletteHandler {
		@Override
		Command command(CorpusSession session, Object selected, Shell shell) {
			if (!(selected instanceof Tag tag)) {
				return null;
			}
			InputDialog dialog = new InputDialog(shell, "Rename Tag", "New name:", tag.getName(), v -> v.isBlank() ? "Enter a name." : null);
			return dialog.open() == Window.OK ? TagCommands.rename(session.getEditingDomain(), tag, dialog.getValue().strip()) : null;
		}
	}

	/** Change Tag Colour. */
	public static final class Recolour extends PaletteHandler {
		@Override
		Command command(CorpusSession session, Object selected, Shell shell) {
			if (!(selected instanceof Tag tag)) {
				return null;
			}
			ColorDialog dialog = new ColorDialog(shell);
			dialog.setRGB(SpanPresentation.rgbOf(tag));
			RGB rgb = dialog.open();
			return rgb == null ? null
					: TagCommands.recolour(session.getEditingDomain(), tag, new HexColour(rgb.red, rgb.green, rgb.blue).toString());
		}
	}

	/** Set Tag Key. */
	public static final class SetKey extends PaletteHandler {
		@Override
		Command command(CorpusSession session, Object selected, Shell shell) {
			if (!(selected instanceof Tag tag)) {
				return null;
			}
			InputDialog dialog = new InputDialog(shell, "Set Tag Key", "One letter or digit that tags the selection (empty: none):",
					tag.getKey() == null ? "" : tag.getKey(), v -> v.length() > 1 ? "One character." : null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			String key = dialog.getValue().isBlank() ? null : dialog.getValue().strip();
			return TagCommands.setKey(session.getEditingDomain(), tag, key, Tags.all(session.getStore().getCorpus()));
		}
	}

	/** Delete Tag: asks what to do with the spans that use it (in every document). */
	public static final class Delete extends PaletteHandler {
		@Override
		Command command(CorpusSession session, Object selected, Shell shell) throws CorpusException {
			if (!(selected instanceof Tag tag)) {
				return null;
			}
			List<SpanAnnotation> usages = TagCommands.usages(session.getStore(), tag);
			if (usages.isEmpty()) {
				return MessageDialog.openConfirm(shell, "Delete Tag", "Delete the tag \"" + tag.getName() + "\"" + childrenNote(tag) + "?")
						? TagCommands.delete(session.getEditingDomain(), tag, usages, DeletePolicy.REMOVE_FROM_SPANS)
						: null;
			}
			int choice = new MessageDialog(shell, "Delete Tag", null,
					"\"" + tag.getName() + "\"" + childrenNote(tag) + " is used by " + usages.size() + " spans. What should happen to them?",
					MessageDialog.QUESTION, 2, "Remove the Tag from Them", "Delete the Spans", "Cancel").open();
			return switch (choice) {
			case 0 -> TagCommands.delete(session.getEditingDomain(), tag, usages, DeletePolicy.REMOVE_FROM_SPANS);
			case 1 -> TagCommands.delete(session.getEditingDomain(), tag, usages, DeletePolicy.DELETE_SPANS);
			default -> null;
			};
		}

		private static String childrenNote(Tag tag) {
			return tag.getChildren().isEmpty() ? "" : " (with its " + tag.getChildren().size() + " child tags)";
		}
	}
}
