/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.editor.handlers.ApplyTagHandler;
import org.collatio.editor.internal.SpanPresentation;
import org.collatio.model.Corpus;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The tag sets of the open corpus as a filterable tree, each tag in its colour with its key.
 * Double-click or Enter tags the selection of the active annotation editor; the context menu adds,
 * renames, recolours, keys and deletes tags, and dragging a tag onto another re-parents it.
 */
public final class TagPaletteView extends CorpusViewPart {

	public static final String ID = "org.collatio.editor.views.tags";

	private TreeViewer viewer;
	private CorpusSession session;
	private LocalResourceManager resources;
	private final CorpusSession.Listener corpusListener = this::show;
	private final Runnable commandStackListener = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
			viewer.expandAll();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		FilteredTree tree = new FilteredTree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION, new PatternFilter(), true, true);
		viewer = tree.getViewer();
		viewer.setContentProvider(new TagContent());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof TagSet set) {
					return set.getName();
				}
				Tag tag = (Tag) element;
				return tag.getName() + (tag.getKey() != null ? "   [" + tag.getKey() + "]" : "");
			}

			@Override
			public Color getBackground(Object element) {
				return element instanceof Tag tag ? resources.create(ColorDescriptor.createFrom(SpanPresentation.rgbOf(tag))) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Tag tag ? tag.getDescription() : null;
			}
		});
		viewer.addOpenListener(event -> applySelectedTag());
		getSite().setSelectionProvider(viewer);
		session = session();
		watchSession(corpusListener, commandStackListener);

		contextMenu(viewer);

		Transfer[] local = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, local, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = viewer.getStructuredSelection().getFirstElement() instanceof Tag;
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, local, new TagDropAdapter(viewer, session));
		show(session.getStore());
	}

	private void show(CorpusStore store) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(store == null ? null : store.getCorpus());
		viewer.expandAll();
	}

	/** Applies the tag selected in the palette to the active editor's selection. */
	public void applySelectedTag() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof Tag tag)) {
			return;
		}
		ICommandService commands = getSite().getService(ICommandService.class);
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(ApplyTagHandler.COMMAND_ID),
					Map.of(ApplyTagHandler.TAG_PARAMETER, tag.getId()));
			getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (org.eclipse.core.commands.NotHandledException e) {
			getViewSite().getActionBars().getStatusLineManager().setMessage("Open an article and select text to tag it.");
		} catch (Exception e) {
			ILog.of(getClass()).error("Cannot apply tag " + tag.getName(), e);
		}
	}

	/** The tree (for tests). */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}

	/** Corpus → tag sets → tags → child tags. */
	private static final class TagContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Corpus corpus ? corpus.getTagSets().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof TagSet set) {
				return set.getTags().toArray();
			}
			return element instanceof Tag tag ? tag.getChildren().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Tag tag ? tag.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
