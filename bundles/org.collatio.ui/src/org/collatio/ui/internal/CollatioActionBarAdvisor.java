/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar's skeleton: File, Edit, Window, Help with the workbench's standard commands (save,
 * undo, quit, ...), whose handlers the workbench and the active part provide. Collatio's own
 * commands are contributed declaratively (plugin.xml, org.eclipse.ui.menus) into the groups made
 * here.
 */
final class CollatioActionBarAdvisor extends ActionBarAdvisor {

	/** Menus that other bundles contribute to ({@code menu:ID?after=additions} in their plugin.xml). */
	static final String ANNOTATE_MENU = "org.collatio.ui.menus.annotate";
	static final String CODERS_MENU = "org.collatio.ui.menus.coders";
	static final String LAYERS_MENU = "org.collatio.ui.menus.coders.layers";
	static final String TEAM_MENU = "org.collatio.ui.menus.team";

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction quit;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;

	CollatioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = keep(ActionFactory.SAVE.create(window));
		saveAll = keep(ActionFactory.SAVE_ALL.create(window));
		close = keep(ActionFactory.CLOSE.create(window));
		quit = keep(ActionFactory.QUIT.create(window));
		delete = keep(ActionFactory.DELETE.create(window));
		selectAll = keep(ActionFactory.SELECT_ALL.create(window));
		find = keep(ActionFactory.FIND.create(window));
		resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = keep(ActionFactory.PREFERENCES.create(window));
		about = keep(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction keep(IWorkbenchAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator());
		file.add(close);
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager annotate = new MenuManager("&Annotate", ANNOTATE_MENU);
		annotate.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager coders = new MenuManager("&Coders", CODERS_MENU);
		coders.add(new MenuManager("&Work On", LAYERS_MENU));
		coders.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager team = new MenuManager("&Team", TEAM_MENU);
		team.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		windowMenu.add(showView);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(annotate);
		menuBar.add(coders);
		menuBar.add(team);
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
