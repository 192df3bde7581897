/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import org.collatio.model.Annotator;
import org.collatio.model.CollatioPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Commands on the coders of a corpus. */
public final class CoderCommands {

	private CoderCommands() {
	}

	/** Renames a coder; the coder's id, and so their layer, stays. */
	public static Command rename(EditingDomain domain, Annotator coder, String name) {
		org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Rename Coder");
		command.append(SetCommand.create(domain, coder, CollatioPackage.Literals.ANNOTATOR__NAME, name.strip()));
		return command;
	}
}
