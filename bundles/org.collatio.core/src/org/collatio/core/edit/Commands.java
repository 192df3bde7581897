/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/** What every command factory of {@code core.edit} (and of curation) shares. */
public final class Commands {

	private Commands() {
	}

	/** A command with the label the Edit menu shows ("Undo Tag \"Claim\""). */
	public static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}

	/** Commands of core as one step of the Edit menu, named {@code label}; null when there are none. */
	public static Command together(String label, List<Command> commands) {
		if (commands.isEmpty()) {
			return null;
		}
		CompoundCommand compound = new CompoundCommand(label);
		commands.forEach(compound::append);
		return compound;
	}
}
