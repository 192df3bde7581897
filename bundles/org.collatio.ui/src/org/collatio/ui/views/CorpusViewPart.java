/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import org.collatio.ui.properties.ModelPropertySheetPage;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * A view that shows part of the open corpus: it reaches the workbench's {@link CorpusSession},
 * listens to it from {@link #watchSession} until it is disposed, recomputes only when it can be
 * seen ({@link #whenVisible}), and gives the focus to one control.
 */
public abstract class CorpusViewPart extends ViewPart {

	private Runnable unwatch;
	private Runnable pending;
	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == CorpusViewPart.this && pending != null) {
				Runnable refresh = pending;
				pending = null;
				refresh.run();
			}
		}
	};

	@Override
	public void init(IViewSite site) throws PartInitException {
		super.init(site);
		site.getPage().addPartListener(visibility);
	}

	/**
	 * Runs {@code refresh} now if the view can be seen, else when it next comes into view (a view
	 * behind another tab does not recompute on every change).
	 */
	protected final void whenVisible(Runnable refresh) {
		if (getSite().getPage().isPartVisible(this)) {
			pending = null;
			refresh.run();
		} else {
			pending = refresh;
		}
	}

	/** The workbench's corpus session. */
	/**
	 * The open corpus's claim index, for a snapshot (UI thread); {@link Recomputation.NotReady} while
	 * it is first read, so the view keeps its "updating" mark until it is told the index is ready.
	 */
	protected final org.collatio.core.derived.ClaimIndex claimIndex() throws Recomputation.NotReady {
		org.collatio.core.derived.ClaimIndex index = session().getClaimIndex();
		if (index == null) {
			throw new Recomputation.NotReady();
		}
		return index;
	}

	protected final CorpusSession session() {
		return getSite().getService(CorpusSession.class);
	}

	/** Told when another corpus is opened and after every command, undo, redo and save, until the view is disposed. */
	protected final void watchSession(CorpusSession.Listener corpusChanged, Runnable commandStackChanged) {
		if (unwatch != null) {
			unwatch.run();
		}
		unwatch = session().watch(corpusChanged, commandStackChanged);
	}

	/**
	 * Gives a viewer the view's context menu: {@code first} actions, then the additions group that
	 * plug-ins contribute commands to ({@code popup:VIEW_ID?after=additions}).
	 */
	protected final void contextMenu(StructuredViewer viewer, IAction... first) {
		MenuManager menu = new MenuManager();
		for (IAction action : first) {
			menu.add(action);
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * The Properties view's page for what this view selects: model objects edited through the
	 * commands of core on the session's domain, shown again after every command, undo and redo.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage(session()));
		}
		return super.getAdapter(adapter);
	}

	/** The control that takes the focus when the view is activated. */
	protected abstract Control focusControl();

	@Override
	public void setFocus() {
		focusControl().setFocus();
	}

	@Override
	public void dispose() {
		if (unwatch != null) {
			unwatch.run();
			unwatch = null;
		}
		getSite().getPage().removePartListener(visibility);
		super.dispose();
	}
}
