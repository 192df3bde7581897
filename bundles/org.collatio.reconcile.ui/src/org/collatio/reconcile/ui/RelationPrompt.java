/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.Optional;

import org.collatio.model.Claim;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Asks the researcher how two claims relate; empty when they cancel. Replaced in tests. */
@FunctionalInterface
public interface RelationPrompt {

	Optional<RelateDialog.Answer> ask(Shell shell, Claim source, Claim target);

	RelationPrompt DIALOG = (shell, source, target) -> {
		RelateDialog dialog = new RelateDialog(shell, source, target);
		return dialog.open() == Window.OK ? Optional.of(dialog.getAnswer()) : Optional.empty();
	};
}
