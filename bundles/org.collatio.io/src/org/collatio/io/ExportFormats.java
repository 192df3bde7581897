/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.util.List;
import java.util.Optional;

import org.collatio.io.ExportFormat.Output;

/** Every export format Collatio writes, in the order a menu lists them. See FORMATS.md for the mappings. */
public final class ExportFormats {

	private static final List<ExportFormat> ALL = List.of(
			new ExportFormat("native", "Collatio corpus (zip, re-importable without loss)", Output.FILE, "zip", false, false,
					"the Collatio archive already holds every layer (it copies every annotation file of the corpus); export it without every layer",
					NativeArchive::export, NativeArchive::importInto),
			new ExportFormat("uima-xmi", "UIMA CAS XMI with its type system (one .xmi per document)", Output.FOLDER, null, true, true, null,
					UimaXmiExport::export, null),
			new ExportFormat("w3c", "W3C Web Annotation (JSON-LD) with the source texts", Output.FOLDER, null, true, true, null, W3cExport::export,
					W3cImport::importInto),
			new ExportFormat("brat", "brat standoff (.txt + .ann per document, annotation.conf)", Output.FOLDER, null, true, false,
					"brat standoff holds one layer of annotations per document; export one layer (the one worked on, or --layer NAME), "
							+ "or every layer in uima-xmi, w3c, qdpx, csv or jsonl",
					BratExport::export, null),
			new ExportFormat("qdpx", "REFI-QDA project (.qdpx for MAXQDA, NVivo, ATLAS.ti)", Output.FILE, "qdpx", true, true, null,
					QdpxExport::export, null),
			new ExportFormat("csv", "Claims and relations as CSV tables", Output.FOLDER, null, true, true, null,
					(store, scope, out, progress) -> TableExport.export(store, TableExport.Format.CSV, scope, out, progress), null),
			new ExportFormat("jsonl", "Claims and relations as JSON Lines", Output.FOLDER, null, true, true, null,
					(store, scope, out, progress) -> TableExport.export(store, TableExport.Format.JSONL, scope, out, progress), null));

	private ExportFormats() {
	}

	public static List<ExportFormat> all() {
		return ALL;
	}

	public static Optional<ExportFormat> byId(String id) {
		return ALL.stream().filter(format -> format.id().equals(id)).findFirst();
	}

	/** The ids, comma-separated, for messages. */
	public static String ids() {
		return String.join(", ", ALL.stream().map(ExportFormat::id).toList());
	}
}
