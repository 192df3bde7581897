/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.collatio.model.Entity;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Find in Texts (Entities view): searches the corpus for every name of the selected entities, its
 * canonical name and each alias as a phrase, so "Pashinyan" also finds the articles that spell him
 * "Pashinian".
 */
public final class FindEntityHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		List<Entity> entities = selection.stream().filter(Entity.class::isInstance).map(Entity.class::cast).toList();
		if (entities.isEmpty()) {
			return null;
		}
		try {
			SearchView view = (SearchView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SearchView.ID);
			view.search(query(entities));
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the search view", e);
		}
		return null;
	}

	/** {@code "Nikol Pashinyan" OR "Pashinian"}: every name as a phrase. */
	public static String query(List<Entity> entities) {
		Set<String> names = new LinkedHashSet<>();
		for (Entity entity : entities) {
			List<String> all = new ArrayList<>();
			all.add(entity.getCanonicalName());
			all.addAll(entity.getAliases());
			all.stream().filter(n -> n != null && !n.isBlank()).map(n -> n.replace("\"", " ").replace("\\", " ").strip()).forEach(names::add);
		}
		return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" OR "));
	}
}
