/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.handlers;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.PlatformUI;

/**
 * Undo and redo on the corpus session's command stack, active while a {@link
 * org.collatio.ui.session.CorpusPart} or the Properties view is (see plugin.xml); enabled when there
 * is something to undo or redo.
 */
abstract class CommandStackHandler extends AbstractHandler {

	private final CorpusSession session;
	private final Runnable update = this::update;

	CommandStackHandler() {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		session.addCommandStackListener(update);
		update();
	}

	private void update() {
		CommandStack stack = stack();
		setBaseEnabled(stack != null && canRun(stack));
	}

	private CommandStack stack() {
		return session.getEditingDomain() == null ? null : session.getEditingDomain().getCommandStack();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		CommandStack stack = stack();
		if (stack != null && canRun(stack)) {
			run(stack);
		}
		return null;
	}

	@Override
	public void dispose() {
		session.removeCommandStackListener(update);
		super.dispose();
	}

	abstract boolean canRun(CommandStack stack);

	abstract void run(CommandStack stack);

	/** Edit &gt; Undo. */
	public static final class Undo extends CommandStackHandler {
		@Override
		boolean canRun(CommandStack stack) {
			return stack.canUndo();
		}

		@Override
		void run(CommandStack stack) {
			stack.undo();
		}
	}

	/** Edit &gt; Redo. */
	public static final class Redo extends CommandStackHandler {
		@Override
		boolean canRun(CommandStack stack) {
			return stack.canRedo();
		}

		@Override
		void run(CommandStack stack) {
			stack.redo();
		}
	}
}
