/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.xml.stream.XMLInputFactory;

import org.collatio.io.ArchiveLimits;
import org.collatio.io.BoundedZip;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;

/**
 * UIMA CAS XMI with its type system, as INCEpTION, WebAnno and DKPro write it, read with StAX
 * (UIMA itself is not needed). The source is one of:
 * <ul>
 * <li>a folder of {@code .xmi} files (and subfolders) with {@code TypeSystem.xml} at its top;</li>
 * <li>a zip with {@code .xmi} entries and a {@code TypeSystem.xml} entry (INCEpTION's and
 * WebAnno's "export document" in UIMA CAS XMI);</li>
 * <li>an INCEpTION/WebAnno project export zip: each {@code annotation/DOCUMENT/USER.zip} and
 * {@code curation/DOCUMENT/USER.zip} inside it is a zip as above, holding that user's CAS of the
 * document; the user is the spans' author.</li>
 * </ul>
 * Zips are read through {@link BoundedZip} within {@link ArchiveLimits#defaults()}. See
 * {@link XmiCas} for what is read of each CAS.
 */
public final class UimaXmiReader implements ForeignReader {

	public static final String ID = "uima-xmi";

	/** annotation/DOCUMENT/USER.zip or curation/DOCUMENT/USER.zip in a project export. */
	private static final Pattern PROJECT_ENTRY = Pattern.compile("(?:.*/)?(annotation|curation)/([^/]+)/([^/]+)\\.zip");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "UIMA CAS XMI";
	}

	/** A StAX factory that reads no DTD and resolves no external entity. */
	static XMLInputFactory xmlInput() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	@Override
	public void read(Path source, ForeignSink sink, Progress progress) throws IOException, FormatException {
		if (Files.isDirectory(source)) {
			folder(source.toRealPath(), sink, progress);
		} else if (Files.isRegularFile(source)) {
			zip(source, sink, progress);
		} else {
			throw new FormatException(source, "no such folder or zip file");
		}
	}

	private static boolean isTypeSystem(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return file.equals("typesystem.xml");
	}

	private void folder(Path root, ForeignSink sink, Progress progress) throws IOException, FormatException {
		Path typeSystemFile;
		try (Stream<Path> files = Files.list(root)) {
			typeSystemFile = files.filter(file -> isTypeSystem(file.getFileName().toString()) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
					.findFirst().orElseThrow(() -> new FormatException(root, "has no TypeSystem.xml: a UIMA XMI folder needs its type system beside the .xmi files"));
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		InsideFolder.check(typeSystemFile);
		UimaTypes types;
		try (InputStream in = Files.newInputStream(typeSystemFile)) {
			types = UimaTypes.read(typeSystemFile, in);
		}
		List<Path> xmis;
		try (Stream<Path> files = Files.walk(root)) {
			xmis = files.filter(file -> file.getFileName().toString().endsWith(".xmi") && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause(); // a subfolder that cannot be read
		}
		for (Path file : xmis) {
			InsideFolder.check(file);
		}
		if (xmis.isEmpty()) {
			throw new FormatException(root, "holds no .xmi file");
		}
		progress.begin(label(), xmis.size());
		XmiCas.Leftovers leftovers = new XmiCas.Leftovers(sink);
		for (Path file : xmis) {
			progress.checkCanceled();
			String name = root.relativize(file).toString().replace('\\', '/');
			try (InputStream in = Files.newInputStream(file)) {
				sink.document(new XmiCas(file, types, leftovers).read(in, name, null));
			}
			progress.worked(name);
		}
	}

	private void zip(Path file, ForeignSink sink, Progress progress) throws IOException, FormatException {
		ArchiveLimits limits = ArchiveLimits.defaults();
		try (BoundedZip zip = new BoundedZip(file, limits)) {
			List<ZipEntry> entries = zip.entries();
			List<ZipEntry> nested = entries.stream().filter(e -> !e.isDirectory() && PROJECT_ENTRY.matcher(e.getName()).matches()).toList();
			if (!nested.isEmpty()) {
				project(file, zip, nested, limits, sink, progress);
			} else {
				XmiCas.Leftovers leftovers = new XmiCas.Leftovers(sink);
				documents(file, zip, entries, limits, sink, progress, null, null, leftovers);
			}
		}
	}

	/** The CASes of a zip: its .xmi entries against its type system entry; {@code document}/{@code user} name them when the zip is one user's CAS of a project. */
	private int documents(Path file, BoundedZip zip, List<ZipEntry> entries, ArchiveLimits limits, ForeignSink sink, Progress progress, String document,
			String user, XmiCas.Leftovers leftovers) throws IOException, FormatException {
		ZipEntry typeSystem = entries.stream().filter(e -> !e.isDirectory() && isTypeSystem(e.getName())).findFirst()
				.orElseThrow(() -> new FormatException(file, "has no TypeSystem.xml entry: a UIMA XMI export carries its type system"));
		Path typeSystemFile = entryPath(file, typeSystem.getName());
		UimaTypes types = UimaTypes.read(typeSystemFile, new ByteArrayInputStream(zip.read(typeSystem, limits.xmiBytes())));
		List<ZipEntry> xmis = entries.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".xmi")).toList();
		if (xmis.isEmpty()) {
			throw new FormatException(file, "holds no .xmi entry");
		}
		if (document == null) {
			progress.begin(label(), xmis.size());
		}
		for (ZipEntry entry : xmis) {
			progress.checkCanceled();
			String name = document != null ? document : entry.getName();
			byte[] bytes = zip.read(entry, limits.xmiBytes());
			sink.document(new XmiCas(entryPath(file, entry.getName()), types, leftovers).read(new ByteArrayInputStream(bytes), name, user));
			progress.worked(name);
		}
		return xmis.size();
	}

	/** The zip and an entry's name, for messages: the entry is never written to that path. */
	private static Path entryPath(Path zip, String entry) {
		try {
			return zip.resolve(entry);
		} catch (java.nio.file.InvalidPathException e) {
			return zip;
		}
	}

	private void project(Path file, BoundedZip zip, List<ZipEntry> nested, ArchiveLimits limits, ForeignSink sink, Progress progress)
			throws IOException, FormatException {
		progress.begin(label(), nested.size());
		XmiCas.Leftovers leftovers = new XmiCas.Leftovers(sink);
		Path temp = Files.createTempFile("collatio-import", ".zip");
		try {
			for (ZipEntry entry : nested) {
				Matcher matcher = PROJECT_ENTRY.matcher(entry.getName());
				matcher.matches();
				Files.delete(temp);
				zip.copy(entry, limits.totalBytes(), temp);
				String user = "curation".equals(matcher.group(1)) ? "curation" : matcher.group(3);
				try (BoundedZip inner = new BoundedZip(temp, limits)) {
					documents(entryPath(file, entry.getName()), inner, inner.entries(), limits, sink, progress, matcher.group(2), user, leftovers);
				} catch (FormatException e) {
					throw new FormatException(file, "entry " + entry.getName() + ": " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2), e);
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

}
