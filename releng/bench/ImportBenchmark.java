/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.collatio.io.Progress;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;
import org.collatio.io.foreign.BratReader;
import org.collatio.io.foreign.UimaXmiReader;

/**
 * Import benchmark (issue 16), run by releng/bench/import against the product's jars: generates
 * SPANS spans over DOCUMENTS documents (texts with a character outside the BMP and CRLF, seeded) as
 * UIMA CAS XMI (DKPro NamedEntity with a value, an INCEpTION custom layer, one relation per ten
 * spans) and as brat standoff (offsets in code points, attributes, notes, relations), then for each
 * format times the survey (the preview, which reads everything) and the import into a new corpus,
 * with the peak heap (all heap pools, reset before each step). Target: under 15 s at 100,000 spans
 * in a 512 MB heap.
 *
 * Usage: java -Xmx512m -cp 'PRODUCT/plugins/*' ImportBenchmark.java WORK_DIR [SPANS] [DOCUMENTS]
 */
public class ImportBenchmark {

	private static final String[] WORDS = { "the", "minister", "said", "peacekeepers", "protect", "civilians", "reported", "agency", "Yerevan", "Baku",
			"denied", "claims", "ceasefire", "\uD83D\uDE00", "officials", "region" };
	private static final String[] VALUES = { "PER", "ORG", "LOC", "Actor/Person", "Actor/Organisation", "MISC" };

	record Doc(String name, String text, List<int[]> spans) {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		int spans = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int documents = args.length > 2 ? Integer.parseInt(args[2]) : 200;
		List<Doc> docs = generate(spans, documents);
		Path uima = writeUima(work.resolve("uima"), docs);
		Path brat = writeBrat(work.resolve("brat"), docs);
		System.out.printf("%d spans over %d documents, heap limit %d MB%n", spans, documents, Runtime.getRuntime().maxMemory() / (1 << 20));
		System.out.printf("%-9s %-7s %8s %10s  %s%n", "format", "step", "time", "peak heap", "what");
		run(new UimaXmiReader(), uima, work.resolve("corpus-uima"));
		run(new BratReader(), brat, work.resolve("corpus-brat"));
	}

	private static void run(ForeignReader reader, Path source, Path corpus) throws Exception {
		reset();
		long start = System.nanoTime();
		ForeignSurvey survey = ForeignImport.survey(reader, source, DocumentMatcher.none(), Progress.NONE);
		print(reader.id(), "survey", start, survey.documents().size() + " documents, " + survey.spans() + " spans");
		ImportMapping mapping = ImportMapping.defaults(survey, reader.label());
		reset();
		start = System.nanoTime();
		ImportSummary summary = ForeignImport.intoNewCorpus(reader, source, mapping, corpus, Progress.NONE);
		print(reader.id(), "import", start, summary.written("spans") + " spans written, " + summary.read("links") + " links read");
	}

	private static void reset() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static void print(String format, String step, long start, String what) {
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("%-9s %-7s %7.2fs %8d MB  %s%n", format, step, seconds, peak / (1 << 20), what);
	}

	private static List<Doc> generate(int spans, int documents) {
		Random random = new Random(16);
		List<Doc> docs = new ArrayList<>();
		int perDocument = spans / documents;
		for (int d = 0; d < documents; d++) {
			StringBuilder text = new StringBuilder();
			List<int[]> words = new ArrayList<>();
			while (words.size() < perDocument * 2) {
				String word = WORDS[random.nextInt(WORDS.length)];
				int begin = text.length();
				text.append(word);
				words.add(new int[] { begin, text.length() });
				text.append(random.nextInt(12) == 0 ? ".\r\n" : " ");
			}
			List<int[]> docSpans = new ArrayList<>();
			for (int s = 0; s < perDocument; s++) {
				int first = random.nextInt(words.size() - 3);
				docSpans.add(new int[] { words.get(first)[0], words.get(first + random.nextInt(3))[1], random.nextInt(VALUES.length) });
			}
			docs.add(new Doc(String.format("doc%04d", d), text.toString(), docSpans));
		}
		return docs;
	}

	private static Path writeUima(Path folder, List<Doc> docs) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("TypeSystem.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types>
				<typeDescription><name>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</name><supertypeName>uima.tcas.Annotation</supertypeName>
				<features><featureDescription><name>value</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features></typeDescription>
				<typeDescription><name>webanno.custom.Support</name><supertypeName>uima.tcas.Annotation</supertypeName>
				<features><featureDescription><name>Governor</name><rangeTypeName>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</rangeTypeName></featureDescription>
				<featureDescription><name>Dependent</name><rangeTypeName>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</rangeTypeName></featureDescription></features></typeDescription>
				</types></typeSystemDescription>
				""", StandardCharsets.UTF_8);
		for (Doc doc : docs) {
			try (Writer out = Files.newBufferedWriter(folder.resolve(doc.name() + ".xmi"), StandardCharsets.UTF_8)) {
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\""
						+ " xmlns:tcas=\"http:///uima/tcas.ecore\" xmlns:type=\"http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore\""
						+ " xmlns:custom=\"http:///webanno/custom.ecore\" xmi:version=\"2.0\"><cas:NULL xmi:id=\"0\"/>\n");
				out.write("<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\""
						+ doc.text().replace("\r", "&#13;").replace("\n", "&#10;") + "\"/>\n");
				int id = 10;
				for (int[] span : doc.spans()) {
					out.write("<type:NamedEntity xmi:id=\"" + id + "\" sofa=\"1\" begin=\"" + span[0] + "\" end=\"" + span[1] + "\" value=\"" + VALUES[span[2]] + "\"/>\n");
					if (id % 10 == 0 && id > 10) {
						out.write("<custom:Support xmi:id=\"" + (id + 1_000_000) + "\" sofa=\"1\" begin=\"" + span[0] + "\" end=\"" + span[1] + "\" Governor=\"" + (id - 1)
								+ "\" Dependent=\"" + id + "\"/>\n");
					}
					id++;
				}
				out.write("</xmi:XMI>\n");
			}
		}
		return folder;
	}

	private static Path writeBrat(Path folder, List<Doc> docs) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("annotation.conf"), "[entities]\nActor\n\tPER\n\tORG\nLOC\nMISC\nActor_Person\nActor_Organisation\n[relations]\n[events]\n[attributes]\n");
		for (Doc doc : docs) {
			String text = doc.text();
			Files.writeString(folder.resolve(doc.name() + ".txt"), text, StandardCharsets.UTF_8);
			try (Writer out = Files.newBufferedWriter(folder.resolve(doc.name() + ".ann"), StandardCharsets.UTF_8)) {
				int t = 0;
				for (int[] span : doc.spans()) {
					t++;
					String type = VALUES[span[2]].replace('/', '_');
					out.write("T" + t + "\t" + type + " " + fragments(text, span[0], span[1]) + "\t"
							+ text.substring(span[0], span[1]).replace("\r\n", " ") + "\n");
					if (t % 10 == 0) {
						out.write("A" + t + "\tConfidence T" + t + " High\n#" + t + "\tAnnotatorNotes T" + t + "\tchecked\nR" + t + "\tNear Arg1:T" + (t - 1) + " Arg2:T" + t + "\n");
					}
				}
			}
		}
		return folder;
	}

	/** brat's fragments in code points, split at CRLF as brat writes a span over a line break. */
	private static String fragments(String text, int begin, int end) {
		List<String> parts = new ArrayList<>();
		int start = begin;
		for (int i = begin; i <= end; i++) {
			if (i == end || text.charAt(i) == '\r' || text.charAt(i) == '\n') {
				if (i > start) {
					parts.add(text.codePointCount(0, start) + " " + text.codePointCount(0, i));
				}
				start = i + 1;
			}
		}
		return String.join(";", parts);
	}
}
