/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks who is coding: once, on first start (and from the Coder preference page afterwards). */
final class CoderNameDialog extends InputDialog {

	static final String TITLE = "Who Is Coding?";

	static final IInputValidator VALIDATOR = text -> text == null || text.isBlank() ? "Enter your name." : null;

	CoderNameDialog(Shell parent, String suggestion) {
		super(parent, TITLE,
				"Your name, as your colleagues know it. Everything you annotate records it, and your annotations are kept in a layer of your own,"
						+ " apart from other coders'. You can change it in Window > Preferences > Coder.",
				suggestion, VALIDATOR);
	}

	/** A first guess at the name: the system's user name, capitalised. */
	static String suggestion() {
		String user = System.getProperty("user.name", "");
		return user.isEmpty() ? "" : Character.toUpperCase(user.charAt(0)) + user.substring(1);
	}
}
