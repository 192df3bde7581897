/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

/**
 * The corpus on the left, articles in the editor area, tools about the open article on the right
 * and the cross-source views (reconciliation, search) below the editors.
 */
public final class CollatioPerspective implements IPerspectiveFactory {

	public static final String ID = "org.collatio.ui.perspective";
	/** The folder under the editors where the reconciliation and search views open. */
	public static final String BOTTOM_FOLDER = "org.collatio.ui.folders.bottom";
	/** The folder right of the editors for views about the open article (tags, annotations). */
	public static final String RIGHT_FOLDER = "org.collatio.ui.folders.right";

	/** The folder left of the editors, where the corpus navigator stays. */
	public static final String LEFT_FOLDER = "org.collatio.ui.folders.left";
	/** Every view of org.collatio.editor (placeholder pattern). */
	static final String EDITOR_VIEWS = "org.collatio.editor.views.*";
	/** Every view of org.collatio.reconcile.ui (placeholder pattern). */
	static final String RECONCILE_VIEWS = "org.collatio.reconcile.views.*";
	/** Every view of org.collatio.search.ui (placeholder pattern). */
	static final String SEARCH_VIEWS = "org.collatio.search.ui.views.*";

	/** Views of org.collatio.reconcile.ui, by id (this bundle does not depend on it). */
	static final String RECONCILIATION_VIEW = "org.collatio.reconcile.views.reconciliation";
	static final String CANDIDATES_VIEW = "org.collatio.reconcile.views.candidates";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.25f, editorArea);
		left.addView(CorpusNavigator.ID);
		IPlaceholderFolderLayout right = layout.createPlaceholderFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.75f, editorArea);
		right.addPlaceholder(EDITOR_VIEWS);
		// the reconciliation is what the researcher works through: under the article, given room
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.5f, editorArea);
		bottom.addView(RECONCILIATION_VIEW);
		bottom.addView(CANDIDATES_VIEW);
		bottom.addPlaceholder(RECONCILE_VIEWS);
		bottom.addPlaceholder(SEARCH_VIEWS);
		// Window > Show View > Properties: any selected model object, through the edit layer
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.getViewLayout(CorpusNavigator.ID).setCloseable(false);
	}
}
