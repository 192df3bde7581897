/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.io.ui.CodingDialogs;
import org.eclipse.swt.widgets.Shell;

/** Answers the file questions as told and records what the researcher would have read. */
final class RecordingDialogs implements CodingDialogs {

	Path exportFile;
	Path codingFile;
	String proposedName;
	int codingFileAsked;
	final List<String> informed = new ArrayList<>();
	final List<String> failed = new ArrayList<>();
	final List<String> reports = new ArrayList<>();

	@Override
	public Path chooseExportFile(Shell shell, String defaultName) {
		proposedName = defaultName;
		return exportFile;
	}

	@Override
	public Path chooseCodingFile(Shell shell) {
		codingFileAsked++;
		return codingFile;
	}

	@Override
	public void inform(Shell shell, String title, String message) {
		informed.add(message);
	}

	@Override
	public void fail(Shell shell, String title, String message) {
		failed.add(message);
	}

	@Override
	public void showReport(Shell shell, String title, String report) {
		reports.add(report);
	}
}
