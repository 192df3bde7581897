/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Snap Selection to Words, a toggle kept in the command's state (on by default, remembered). */
public final class ToggleWordSnapHandler extends AbstractHandler {

	/** The toggle command, in plugin.xml. */
	public static final String COMMAND_ID = "org.collatio.editor.commands.toggleWordSnap";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HandlerUtil.toggleCommandState(event.getCommand());
		return null;
	}
}
