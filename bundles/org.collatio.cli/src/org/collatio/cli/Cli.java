/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;

import org.collatio.core.store.CorpusException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code collatio <command> [options]}: the commands and how their failures become exit codes. */
@Command(name = "collatio", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
		description = "Annotate news articles, link the claims they report across sources, and reconcile them.%n"
				+ "Without a command, the launch script starts the workbench (collatio [--corpus DIR]).",
		subcommands = { ImportCommand.class, InfoCommand.class, SearchCommand.class, IndexCommand.class, SuggestCommand.class, SuggestClaimsCommand.class, ReportCommand.class,
				AgreementCommand.class, ExportCommand.class, ExportCodingCommand.class, ImportCodingCommand.class, ShareCommand.class, CloneCommand.class,
				SyncCommand.class, LogCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Exit codes: 0 done; 1 some input rejected (bad input; for sync also: conflicts remain); 2 bad usage; 3 a file or a Git",
				"server could not be read or written." })
public final class Cli implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'collatio --help'");
	}

	/** Runs a command line; returns the exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new Cli());
		ExportCommand.describeFormats(commandLine.getSubcommands().get("export"));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExitCodeExceptionMapper(t -> ExitCodes.IO_FAILURE);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof CorpusException) {
				cmd.getErr().println("collatio: " + e.getMessage());
				return e instanceof Stores.UnknownLayer ? ExitCodes.INPUT_REJECTED : ExitCodes.IO_FAILURE;
			}
			return unexpected(cmd.getErr(), e);
		});
		commandLine.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println("collatio: " + e.getMessage());
			e.getCommandLine().getErr().println("Try 'collatio " + (e.getCommandLine() == commandLine ? "" : e.getCommandLine().getCommandName() + " ")
					+ "--help' for more information.");
			return ExitCodes.USAGE;
		});
		int code;
		if (args.length > 0 && !args[0].startsWith("-") && !commandLine.getSubcommands().containsKey(args[0])) {
			// also with --help: a script must be able to tell that the command does not exist
			err.println("collatio: unknown command '" + args[0] + "'; the commands are " + String.join(", ", commandLine.getSubcommands().keySet()));
			err.println("Try 'collatio --help' for more information.");
			code = ExitCodes.USAGE;
		} else {
			try {
				code = commandLine.execute(args);
			} catch (RuntimeException | Error e) {
				code = unexpected(err, e);
			}
		}
		out.flush();
		err.flush();
		return code;
	}

	/**
	 * A failure no command foresaw: one line saying what it was, never a stack trace on the user's
	 * terminal (set COLLATIO_DEBUG=1 to see it). What was done before it is saved.
	 */
	private static int unexpected(PrintWriter err, Throwable e) {
		if (e instanceof OutOfMemoryError) {
			err.println("collatio: not enough memory for this input (give Java more with COLLATIO_VMARGS=-Xmx8g)");
		} else {
			err.println("collatio: failed unexpectedly: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
		}
		if (System.getenv("COLLATIO_DEBUG") != null) {
			e.printStackTrace(err);
		}
		return ExitCodes.IO_FAILURE;
	}
}
