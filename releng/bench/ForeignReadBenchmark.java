/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.collatio.io.Progress;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignSink;
import org.collatio.io.foreign.QdpxReader;
import org.collatio.io.foreign.W3cAnnotationReader;

/**
 * Benchmark of the readers of other tools' formats, run by releng/bench/foreign-read against the
 * product's jars (in a JVM limited to 512 MB by the script): generates a REFI-QDA project and a W3C
 * Web Annotation file of SPANS spans over DOCUMENTS texts (each with an emoji before the
 * annotations and CRLF line ends; a tenth of the W3C positions are off, so their quotes are
 * re-anchored), then reads each RUNS times through a sink that only counts, and prints the median
 * time and the peak heap (over all heap pools, reset before each read).
 *
 * Usage: java -cp 'PRODUCT/plugins/*' ForeignReadBenchmark.java WORK_DIR [SPANS] [DOCUMENTS] [RUNS]
 */
public class ForeignReadBenchmark {

	static final String GUID = "%08x-0000-4000-8000-%012x";

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		int spans = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int documents = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		Files.createDirectories(work.resolve("w3c"));
		Path qdpx = work.resolve("bench.qdpx");
		writeQdpx(qdpx, spans, documents);
		Path w3c = work.resolve("w3c/annotations.json");
		writeW3c(w3c, spans, documents);
		System.out.printf("%-5s %9s %9s %10s %9s %9s  %s%n", "format", "spans", "file", "median", "min", "peak heap", "documents, left out");
		bench(new QdpxReader(), qdpx, runs);
		bench(new W3cAnnotationReader(), w3c, runs);
	}

	static String text(int document) {
		StringBuilder text = new StringBuilder("\uD83D\uDCF0 Report ").append(document).append(".\r\n");
		for (int sentence = 0; sentence < 40; sentence++) {
			text.append("Sentence ").append(sentence).append(" of report ").append(document).append(" says the ceasefire held in town ")
					.append(sentence % 7).append(".\r\n");
		}
		return text.toString();
	}

	/** Where span {@code n} of a document lies: the n-th "Sentence k" (k = n % 40), in UTF-16 units. */
	static int[] span(String text, int n) {
		String quote = "Sentence " + (n % 40) + " of report";
		int at = text.indexOf(quote);
		return new int[] { at, at + quote.length() };
	}

	static void writeQdpx(Path file, int spans, int documents) throws Exception {
		int perDocument = spans / documents;
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			ByteArrayOutputStream qde = new ByteArrayOutputStream();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(qde, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("Project");
			xml.writeDefaultNamespace("urn:QDA-XML:project:1.0");
			xml.writeAttribute("name", "benchmark");
			xml.writeStartElement("Users");
			for (int user = 1; user <= 2; user++) {
				xml.writeEmptyElement("User");
				xml.writeAttribute("guid", guid(user));
				xml.writeAttribute("name", "Coder " + user);
			}
			xml.writeEndElement();
			xml.writeStartElement("CodeBook");
			xml.writeStartElement("Codes");
			for (int parent = 0; parent < 5; parent++) {
				code(xml, 100 + parent, "Theme " + parent, false);
				for (int child = 0; child < 4; child++) {
					code(xml, 200 + parent * 4 + child, "Code " + parent + "." + child, true);
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("Sources");
			int n = 0;
			for (int document = 0; document < documents; document++) {
				String text = text(document);
				String guid = guid(1_000_000 + document);
				zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
				zip.write(text.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				xml.writeStartElement("TextSource");
				xml.writeAttribute("guid", guid);
				xml.writeAttribute("name", "Report " + document);
				xml.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
				for (int s = 0; s < perDocument; s++, n++) {
					int[] range = span(text, s);
					xml.writeStartElement("PlainTextSelection");
					xml.writeAttribute("guid", guid(10_000_000 + n));
					xml.writeAttribute("startPosition", Integer.toString(text.codePointCount(0, range[0])));
					xml.writeAttribute("endPosition", Integer.toString(text.codePointCount(0, range[1])));
					xml.writeAttribute("creatingUser", guid(1 + n % 2));
					xml.writeStartElement("Coding");
					xml.writeAttribute("guid", guid(50_000_000 + n));
					xml.writeEmptyElement("CodeRef");
					xml.writeAttribute("targetGUID", guid(200 + n % 20));
					xml.writeEndElement();
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			zip.putNextEntry(new ZipEntry("project.qde"));
			qde.writeTo(zip);
			zip.closeEntry();
		}
	}

	static void code(XMLStreamWriter xml, int guid, String name, boolean leaf) throws Exception {
		if (leaf) {
			xml.writeEmptyElement("Code");
		} else {
			xml.writeStartElement("Code");
		}
		xml.writeAttribute("guid", guid(guid));
		xml.writeAttribute("name", name);
		xml.writeAttribute("isCodable", "true");
		xml.writeAttribute("color", String.format(Locale.ROOT, "#%06x", guid * 4099 & 0xffffff));
	}

	static String guid(long n) {
		return String.format(Locale.ROOT, GUID, n, n);
	}

	static void writeW3c(Path file, int spans, int documents) throws Exception {
		int perDocument = spans / documents;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\", \"first\": {\"type\": \"AnnotationPage\", \"items\": [\n");
			int n = 0;
			for (int document = 0; document < documents; document++) {
				String text = text(document);
				Files.writeString(file.resolveSibling("report-" + document + ".txt"), text, StandardCharsets.UTF_8);
				for (int s = 0; s < perDocument; s++, n++) {
					int[] range = span(text, s);
					int start = text.codePointCount(0, range[0]) + (n % 10 == 0 ? 17 : 0); // a tenth of the positions are off
					int end = start + (range[1] - range[0]);
					out.write(n == 0 ? "" : ",\n");
					out.write("{\"type\": \"Annotation\", \"id\": \"https://hypothes.is/a/" + n + "\", \"creator\": \"acct:coder" + n % 2
							+ "@hypothes.is\", \"body\": [{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"code-" + n % 20
							+ "\"}, {\"type\": \"TextualBody\", \"value\": \"comment " + n + "\"}], \"target\": {\"source\": \"https://news.example.org/report-"
							+ document + "\", \"selector\": [{\"type\": \"TextPositionSelector\", \"start\": " + start + ", \"end\": " + end
							+ "}, {\"type\": \"TextQuoteSelector\", \"exact\": \"" + text.substring(range[0], range[1]) + "\", \"prefix\": \""
							+ text.substring(Math.max(0, range[0] - 8), range[0]).replace("\r", "\\r").replace("\n", "\\n") + "\"}]}}");
				}
			}
			out.write("]}}\n");
		}
	}

	static void bench(ForeignReader reader, Path file, int runs) throws Exception {
		double[] times = new double[runs];
		long peak = 0;
		Counter counter = null;
		for (int run = 0; run < runs; run++) {
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			counter = new Counter();
			long start = System.nanoTime();
			reader.read(file, counter, Progress.NONE);
			times[run] = (System.nanoTime() - start) / 1e9;
			peak = Math.max(peak, ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
					.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
		}
		java.util.Arrays.sort(times);
		System.out.printf(Locale.ROOT, "%-5s %9d %7d MB %9.2fs %8.2fs %6d MB  %d, %d%n", reader.id(), counter.spans, Files.size(file) >> 20,
				times[runs / 2], times[0], peak >> 20, counter.documents, counter.leftOut);
	}

	/** Counts what it is handed and keeps nothing, as an import that writes each document away. */
	static final class Counter implements ForeignSink {
		long documents;
		long spans;
		long leftOut;

		@Override
		public void document(ForeignDocument document) {
			documents++;
			spans += document.spans().size();
			leftOut += document.leftOut().size();
		}

		@Override
		public void leftOut(String what) {
			leftOut++;
		}
	}
}
