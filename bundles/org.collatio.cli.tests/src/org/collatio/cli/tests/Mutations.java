/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Seeded damage to the inputs of Collatio: article bytes, native archives, W3C JSON. Every method
 * appends what it did to {@code log}, so that a failure names the mutation that caused it.
 */
final class Mutations {

	/** What a secret file outside every input holds: it must never show up in a corpus. */
	static final String SECRET = "SECRET-OUTSIDE-THE-INPUT";

	/** Byte sequences XML 1.0 cannot carry, or that are not UTF-8 at all. */
	private static final byte[][] BAD_SEQUENCES = {
			{ (byte) 0xEF, (byte) 0xBF, (byte) 0xBE }, // U+FFFE
			{ (byte) 0xEF, (byte) 0xBF, (byte) 0xBF }, // U+FFFF
			{ 0x01 }, { 0x0B }, { 0x1F }, { 0x08 }, { 0x7F },
			{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // lone high surrogate, CESU-8
			{ (byte) 0xED, (byte) 0xB0, (byte) 0x80 }, // lone low surrogate, CESU-8
			{ (byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80 }, // a CESU-8 pair
			{ (byte) 0xC0, (byte) 0x80 }, // modified UTF-8 NUL
			{ (byte) 0xC2, (byte) 0x85 }, // NEL
			{ (byte) 0xE2, (byte) 0x80, (byte) 0xA8 }, // LINE SEPARATOR
			{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, // above U+10FFFF
			{ (byte) 0xFF }, { (byte) 0x80 }, { 0x00 } };

	/** Characters that XML cannot carry or that are unusual, as Java chars (for JSON strings and HTML entities). */
	private static final String[] BAD_CHARS = { "\uFFFE", "\uFFFF", "\u0001", "\u001F", "\uD800", "\uDC00", "\u0000", "\uD835\uDD04",
			"\uD83D\uDE00", "\u202E", "\u2028", "]]>", "&amp;<", "\r\n" };

	private final Random random;

	Mutations(Random random) {
		this.random = random;
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	// ---------------------------------------------------------------- articles

	/** An article's bytes damaged by one to three mutations. */
	byte[] article(byte[] base, boolean html, StringBuilder log) {
		byte[] bytes = base;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			bytes = articleOnce(bytes, html, log);
		}
		return bytes;
	}

	private byte[] articleOnce(byte[] bytes, boolean html, StringBuilder log) {
		switch (random.nextInt(html ? 16 : 13)) {
		case 0: {
			int flips = 1 + random.nextInt(8);
			bytes = bytes.clone();
			for (int i = 0; i < flips && bytes.length > 0; i++) {
				int at = random.nextInt(bytes.length);
				bytes[at] ^= (byte) (1 + random.nextInt(255));
				log.append("; flipped byte ").append(at);
			}
			return bytes;
		}
		case 1: {
			int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
			log.append("; truncated to ").append(at).append(" bytes");
			return Arrays.copyOf(bytes, at);
		}
		case 2, 3: {
			byte[] bad = BAD_SEQUENCES[random.nextInt(BAD_SEQUENCES.length)];
			// half the time into the first line: the guessed title goes into corpus.xmi
			int firstLine = indexOf(bytes, (byte) '\n');
			int at = random.nextBoolean() && firstLine > 0 ? random.nextInt(firstLine) : random.nextInt(bytes.length + 1);
			log.append("; inserted ").append(hex(bad)).append(" at ").append(at);
			return insert(bytes, at, bad);
		}
		case 4: {
			int size = (1 + random.nextInt(3)) * 1024 * 1024;
			byte[] line = new byte[size];
			for (int i = 0; i < size; i++) {
				line[i] = (byte) (i % 7 == 6 ? ' ' : 'a' + random.nextInt(26));
			}
			int at = random.nextInt(bytes.length + 1);
			log.append("; inserted a line of ").append(size).append(" bytes without a line break at ").append(at);
			return insert(bytes, at, line);
		}
		case 5: {
			int boms = 1 + random.nextInt(2);
			log.append("; prepended ").append(boms).append(" UTF-8 BOM");
			for (int i = 0; i < boms; i++) {
				bytes = insert(bytes, 0, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			return bytes;
		}
		case 6: {
			boolean little = random.nextBoolean();
			String text = new String(bytes, StandardCharsets.UTF_8);
			log.append("; re-encoded as UTF-16").append(little ? "LE" : "BE").append(" with a BOM");
			byte[] encoded = text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
			return insert(encoded, 0, little ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[] { (byte) 0xFE, (byte) 0xFF });
		}
		case 7: {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			String ending = random.nextBoolean() ? "\r\n" : "\r";
			log.append("; line ends made ").append(ending.length() == 2 ? "CRLF" : "CR");
			return text.replace("\r\n", "\n").replace("\n", ending).getBytes(StandardCharsets.ISO_8859_1);
		}
		case 8: {
			int inserts = 1 + random.nextInt(5);
			for (int i = 0; i < inserts; i++) {
				String c = random.nextBoolean() ? "\uD835\uDD04" : "\uD83D\uDE00";
				int at = random.nextInt(Math.min(bytes.length + 1, 200)) == 0 ? 0 : utf8Boundary(bytes, random.nextInt(bytes.length + 1));
				log.append("; inserted U+").append(Integer.toHexString(c.codePointAt(0)).toUpperCase()).append(" at ").append(at);
				bytes = insert(bytes, at, c.getBytes(StandardCharsets.UTF_8));
			}
			return bytes;
		}
		case 9: {
			byte[] noise = new byte[random.nextInt(4096) + 1];
			random.nextBytes(noise);
			log.append("; replaced by ").append(noise.length).append(" random bytes");
			return noise;
		}
		case 10: {
			String[] blank = { "", " ", "\n\n", "\uFEFF", "\t \r\n", "\u00A0" };
			String chosen = blank[random.nextInt(blank.length)];
			log.append("; replaced by ").append(chosen.isEmpty() ? "nothing (empty file)" : "blank " + hex(chosen.getBytes(StandardCharsets.UTF_8)));
			return chosen.getBytes(StandardCharsets.UTF_8);
		}
		case 11: {
			String[] markup = { "<", "&", "]]>", "<![CDATA[", "&#0;", "&#xFFFE;", "<?xml version=\"1.0\"?>", "\\u0000", "%s%n", "${x}" };
			String chosen = markup[random.nextInt(markup.length)];
			int at = utf8Boundary(bytes, random.nextInt(bytes.length + 1));
			log.append("; inserted \"").append(chosen).append("\" at ").append(at);
			return insert(bytes, at, chosen.getBytes(StandardCharsets.UTF_8));
		}
		case 12: {
			byte[] once = bytes;
			int times = 2 + random.nextInt(20);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (int i = 0; i < times; i++) {
				out.writeBytes(once);
			}
			log.append("; repeated ").append(times).append(" times");
			return out.toByteArray();
		}
		case 13: {
			int depth = 1000 * (1 + random.nextInt(random.nextBoolean() ? 10 : 200));
			String tag = new String[] { "div", "b", "article", "p", "li", "blockquote", "table" }[random.nextInt(7)];
			boolean closed = random.nextBoolean();
			String text = new String(bytes, StandardCharsets.UTF_8);
			int body = Math.max(0, text.indexOf("<article>"));
			StringBuilder deep = new StringBuilder(text.length() + depth * 12);
			deep.append(text, 0, body);
			deep.append(("<" + tag + ">").repeat(depth)).append("deep text");
			if (closed) {
				deep.append(("</" + tag + ">").repeat(depth));
			}
			deep.append(text, body, text.length());
			log.append("; nested ").append(depth).append(" <").append(tag).append(">").append(closed ? " closed" : " unclosed");
			return deep.toString().getBytes(StandardCharsets.UTF_8);
		}
		case 14: {
			String value = weirdString();
			String[] metas = { "og:title", "og:site_name", "author", "article:published_time", "date", "og:url" };
			String meta = metas[random.nextInt(metas.length)];
			String entity = random.nextBoolean() ? escapeAsEntities(value) : value;
			String tag = "<meta property=\"" + meta + "\" content=\"" + entity.replace("\"", "&quot;") + "\">";
			if (random.nextInt(3) == 0) {
				tag = "<title>" + entity + "</title><html lang=\"" + entity + "\">";
			}
			String text = new String(bytes, StandardCharsets.UTF_8);
			int head = text.indexOf("<head>");
			log.append("; meta ").append(tag.length() > 120 ? tag.substring(0, 120) + "..." : tag);
			return (head < 0 ? tag + text : text.substring(0, head + 6) + tag + text.substring(head + 6)).getBytes(StandardCharsets.UTF_8);
		}
		default: {
			String text = new String(bytes, StandardCharsets.UTF_8);
			String value = escapeAsEntities(weirdString());
			int at = text.indexOf("<p>");
			log.append("; paragraph text with entities ").append(value.length() > 80 ? value.substring(0, 80) + "..." : value);
			return (at < 0 ? text + value : text.substring(0, at + 3) + value + text.substring(at + 3)).getBytes(StandardCharsets.UTF_8);
		}
		}
	}

	/** A string with characters XML cannot carry, or a huge, oddly typed or oddly dated value. */
	String weirdString() {
		switch (random.nextInt(6)) {
		case 0:
			return "x".repeat(100_000 + random.nextInt(900_000));
		case 1: {
			String[] dates = { "2020-13-45", "99999-01-01", "2020-02-30", "-2020", "2020-1", "0000-00-00", "2020-10-07T25:61:00Z", "\u0662\u0660\u0662\u0660" };
			return dates[random.nextInt(dates.length)];
		}
		default: {
			StringBuilder value = new StringBuilder("Title ");
			for (int i = 0; i < 1 + random.nextInt(3); i++) {
				value.append(BAD_CHARS[random.nextInt(BAD_CHARS.length)]).append(" word");
			}
			return value.toString();
		}
		}
	}

	private static String escapeAsEntities(String value) {
		StringBuilder out = new StringBuilder();
		value.codePoints().forEach(c -> out.append(c < 0x20 || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE && c <= 0xFFFF || c > 0x7E ? "&#x" + Integer.toHexString(c) + ";" : Character.toString(c)));
		return out.toString();
	}

	/** A sidecar NAME.meta.json that is damaged or holds odd values. */
	String sidecar(StringBuilder log) {
		String json;
		switch (random.nextInt(7)) {
		case 0:
			json = "{\"title\": \"unterminated";
			break;
		case 1:
			json = "[".repeat(5000 + random.nextInt(100_000));
			break;
		case 2:
			json = "{\"title\": 5, \"date\": [], \"outlet\": {\"a\": null}, \"author\": true}";
			break;
		case 3:
			json = "{\"title\": \"" + jsonEscape(weirdString()) + "\", \"date\": \"" + jsonEscape(weirdString()) + "\"}";
			break;
		case 4:
			json = "{\"title\": \"a \\uD800 lone surrogate \\uFFFE and \\u0001\", \"outlet\": \"\\u0000\", \"language\": \"\\uDFFF\"}";
			break;
		case 5:
			json = "{\"date\": " + "9".repeat(1000 + random.nextInt(100_000)) + "}";
			break;
		default:
			json = "{" + "\"title\": \"dup\",".repeat(1 + random.nextInt(50_000)) + "\"url\": \"javascript:alert(1)\"}";
		}
		log.append("; sidecar ").append(json.length() > 100 ? json.substring(0, 100) + "...(" + json.length() + " chars)" : json);
		return json;
	}

	static String jsonEscape(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c >= 0xFFFE) {
				out.append(String.format("\\u%04X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** A file name as users and scrapers make them: spaces, accents, dots, dashes, very long. */
	String fileName(String stem, String extension) {
		switch (random.nextInt(10)) {
		case 0:
			return "spaced name " + stem + extension;
		case 1:
			return "ünïcødé-名前-" + stem + extension;
		case 2:
			return "-" + stem + extension;
		case 3:
			return "x".repeat(200) + extension;
		case 4:
			return stem + ".tar.gz" + extension;
		case 5:
			return "CON" + extension;
		case 6:
			return "corpus.xmi" + extension;
		default:
			return stem + extension;
		}
	}

	// ---------------------------------------------------------------- native archives

	/** A native archive ({@code entries} in order, as exported; {@code zip} its bytes) damaged once or twice. */
	byte[] archive(byte[] zip, Map<String, byte[]> entries, StringBuilder log) throws IOException {
		Map<String, byte[]> changed = new LinkedHashMap<>(entries);
		List<String> names = new ArrayList<>(entries.keySet());
		List<String> documents = names.stream().filter(n -> n.endsWith(".xmi") && n.startsWith("documents/")).toList();
		List<String> texts = names.stream().filter(n -> n.endsWith(".txt")).toList();
		switch (random.nextInt(15)) {
		case 0: {
			byte[] bytes = zip.clone();
			int flips = 1 + random.nextInt(20);
			for (int i = 0; i < flips; i++) {
				int at = random.nextInt(bytes.length);
				bytes[at] ^= (byte) (1 + random.nextInt(255));
			}
			log.append("; flipped ").append(flips).append(" bytes of the zip");
			return bytes;
		}
		case 1: {
			int at = random.nextInt(zip.length);
			log.append("; zip truncated to ").append(at).append(" of ").append(zip.length).append(" bytes");
			return Arrays.copyOf(zip, at);
		}
		case 2: {
			String victim = pick(names);
			String[] evil = { "../evil.txt", "documents/../../evil.txt", "/tmp/collatio-evil.txt", "documents/..\\..\\evil.txt", "documents/x/../../../evil.txt",
					"documents/../corpus.xmi", "./corpus.xmi", "documents//a.txt", "documents/.hidden.txt", "DOCUMENTS/a.txt" };
			String name = evil[random.nextInt(evil.length)];
			log.append("; entry ").append(victim).append(" renamed ").append(name);
			changed = rename(changed, victim, name);
			break;
		}
		case 3: {
			String victim = pick(names);
			log.append("; entry ").append(victim).append(" duplicated");
			return duplicate(changed, victim, random.nextBoolean() ? changed.get(victim) : "different content".getBytes(StandardCharsets.UTF_8));
		}
		case 4: {
			String victim = pick(texts);
			int size = (10 + random.nextInt(30)) * 1024 * 1024;
			byte[] big = new byte[size];
			Arrays.fill(big, (byte) 'a');
			log.append("; entry ").append(victim).append(" replaced by ").append(size).append(" bytes of 'a'");
			changed.put(victim, big);
			break;
		}
		case 5: {
			String victim = pick(names);
			long declared = new long[] { 0, 1, 0xFFFFFFFFL, 0x7FFFFFFFL, random.nextInt(1 << 20) }[random.nextInt(5)];
			log.append("; entry ").append(victim).append(" declares size ").append(declared);
			return lieAboutSize(zip(changed), victim, declared, random.nextBoolean());
		}
		case 6, 7, 8: {
			String xml = new String(changed.get("corpus.xmi"), StandardCharsets.UTF_8);
			changed.put("corpus.xmi", xml(xml, log.append("; corpus.xmi: ")).getBytes(StandardCharsets.UTF_8));
			break;
		}
		case 9, 10, 11: {
			if (documents.isEmpty()) {
				log.append("; (no annotated document)");
				break;
			}
			String victim = pick(documents);
			String xml = new String(changed.get(victim), StandardCharsets.UTF_8);
			changed.put(victim, xml(xml, log.append("; ").append(victim).append(": ")).getBytes(StandardCharsets.UTF_8));
			break;
		}
		case 12: {
			String victim = pick(texts);
			byte[] text = changed.get(victim);
			StringBuilder what = new StringBuilder();
			byte[] damaged = random.nextBoolean() ? Arrays.copyOf(text, random.nextInt(text.length + 1))
					: insert(text, random.nextInt(text.length + 1), BAD_SEQUENCES[random.nextInt(BAD_SEQUENCES.length)]);
			what.append(damaged.length < text.length ? "truncated" : "a bad byte sequence inserted");
			log.append("; ").append(victim).append(": ").append(what);
			changed.put(victim, damaged);
			break;
		}
		case 13: {
			String victim = pick(names);
			log.append("; entry ").append(victim).append(" removed");
			changed.remove(victim);
			break;
		}
		default: {
			String extra = "documents/orphan" + random.nextInt(100) + (random.nextBoolean() ? ".txt" : ".xmi");
			log.append("; extra entry ").append(extra).append(" not named by corpus.xmi");
			changed.put(extra, "an orphan".getBytes(StandardCharsets.UTF_8));
		}
		}
		return zip(changed);
	}

	private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("\\b(begin|end|length)=\"(-?\\d+)\"");
	private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\bid=\"([^\"]*)\"");
	private static final Pattern ELEMENT = Pattern.compile("<(documents|spans|claims|relations|entities|tags)\\b[^>]*?(/>|>)");

	/** An XMI file damaged once: numbers, ids, characters, structure, entities. */
	String xml(String xml, StringBuilder log) {
		switch (random.nextInt(10)) {
		case 0: {
			int at = random.nextInt(xml.length());
			log.append("truncated at ").append(at);
			return xml.substring(0, at);
		}
		case 1, 2: {
			List<int[]> numbers = find(NUMBER_ATTRIBUTE, xml, 2);
			if (numbers.isEmpty()) {
				log.append("(no number)");
				return xml;
			}
			int[] at = pick(numbers);
			long[] values = { -1, 999_999, Integer.MAX_VALUE, 0, Long.MAX_VALUE, Integer.parseInt(xml.substring(at[0], at[1])) + 1 + random.nextInt(100) };
			String value = random.nextInt(8) == 0 ? "1e3" : Long.toString(values[random.nextInt(values.length)]);
			log.append("number at ").append(at[0]).append(" (").append(context(xml, at[0])).append(") set to ").append(value);
			return xml.substring(0, at[0]) + value + xml.substring(at[1]);
		}
		case 3: {
			List<int[]> ids = find(ID_ATTRIBUTE, xml, 1);
			if (ids.isEmpty()) {
				log.append("(no id)");
				return xml;
			}
			int[] at = pick(ids);
			int[] other = pick(ids);
			String[] evil = { "../../evil", "/tmp/evil", "", "a b", xml.substring(other[0], other[1]), "con", "x".repeat(300) };
			String value = evil[random.nextInt(evil.length)];
			log.append("id ").append(xml, at[0], at[1]).append(" set to \"").append(value.length() > 20 ? value.substring(0, 20) + "..." : value).append('"');
			return xml.substring(0, at[0]) + value + xml.substring(at[1]);
		}
		case 4: {
			String[] bad = { "&#1;", "&#xFFFE;", "&#xD800;", "\u0001", "\uFFFE", "&undefined;", "<", "&#x110000;" };
			String chosen = bad[random.nextInt(bad.length)];
			List<int[]> ids = find(Pattern.compile("\\b(?:title|note|name|statement|rationale|id)=\"([^\"]*)\""), xml, 1);
			int at = ids.isEmpty() ? random.nextInt(xml.length()) : pick(ids)[0];
			log.append("inserted ").append(hex(chosen.getBytes(StandardCharsets.UTF_8))).append(" at ").append(at).append(" (").append(context(xml, at)).append(')');
			return xml.substring(0, at) + chosen + xml.substring(at);
		}
		case 5: {
			List<int[]> elements = find(ELEMENT, xml, 0);
			if (elements.isEmpty()) {
				log.append("(no element)");
				return xml;
			}
			int[] at = pick(elements);
			log.append("element removed: ").append(context(xml, at[0]));
			String element = xml.substring(at[0], at[1]);
			if (element.endsWith("/>")) {
				return xml.substring(0, at[0]) + xml.substring(at[1]);
			}
			String name = element.substring(1).split("[\\s>]", 2)[0];
			int close = xml.indexOf("</" + name + ">", at[1]);
			return close < 0 ? xml : xml.substring(0, at[0]) + xml.substring(close + name.length() + 3);
		}
		case 6: {
			int declaration = xml.indexOf("?>") + 2;
			String doctype = random.nextBoolean()
					? "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file://" + secretFile + "\">]>"
					: "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
							+ "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY secret \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
			List<int[]> values = find(Pattern.compile("\\b(?:title|note|name|statement)=\"([^\"]*)\""), xml, 1);
			log.append(doctype.contains("SYSTEM") ? "external entity (XXE) to a file outside" : "entity expansion (billion laughs)");
			String withDoctype = xml.substring(0, declaration) + doctype + xml.substring(declaration);
			if (values.isEmpty()) {
				return withDoctype;
			}
			int at = pick(values)[0] + doctype.length();
			return withDoctype.substring(0, at) + "&secret;" + withDoctype.substring(at);
		}
		case 7: {
			byte[] noise = new byte[1 + random.nextInt(200)];
			random.nextBytes(noise);
			log.append("replaced by random bytes");
			return new String(noise, StandardCharsets.ISO_8859_1);
		}
		case 8: {
			List<int[]> refs = find(Pattern.compile("\\b(?:tags|speaker|via|proposition|source|target|span|entity|spans)=\"([^\"]*)\""), xml, 1);
			if (refs.isEmpty()) {
				log.append("(no reference)");
				return xml;
			}
			int[] at = pick(refs);
			String value = new String[] { "missing", "corpus.xmi#missing", "documents/x.xmi#y", "http://example.org/x#y", "" }[random.nextInt(5)];
			log.append("reference ").append(context(xml, at[0])).append(" set to \"").append(value).append('"');
			return xml.substring(0, at[0]) + value + xml.substring(at[1]);
		}
		default: {
			int depth = 10_000 + random.nextInt(100_000);
			int at = xml.lastIndexOf("</");
			log.append("nested ").append(depth).append(" unknown elements");
			return at < 0 ? xml : xml.substring(0, at) + "<x>".repeat(depth) + "</x>".repeat(depth) + xml.substring(at);
		}
		}
	}

	/** The path of the file whose content must never appear in a corpus (set by the test). */
	static volatile String secretFile = "/etc/hostname";

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Map<String, byte[]> rename(Map<String, byte[]> entries, String from, String to) {
		Map<String, byte[]> renamed = new LinkedHashMap<>();
		entries.forEach((name, content) -> renamed.put(name.equals(from) ? to : name, content));
		return renamed;
	}

	/** A zip with two entries named {@code name}: written under a stand-in name of the same length, renamed in the bytes. */
	private static byte[] duplicate(Map<String, byte[]> entries, String name, byte[] second) throws IOException {
		String standIn = name.substring(0, name.length() - 1) + (name.endsWith("~") ? "#" : "~");
		Map<String, byte[]> withCopy = new LinkedHashMap<>(entries);
		withCopy.put(standIn, second);
		byte[] zip = zip(withCopy);
		byte[] from = standIn.getBytes(StandardCharsets.UTF_8);
		byte[] to = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + from.length <= zip.length; i++) {
			if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
				System.arraycopy(to, 0, zip, i, to.length);
			}
		}
		return zip;
	}

	/** Rewrites the uncompressed size an entry declares in the central directory (and, if asked, its local header). */
	private static byte[] lieAboutSize(byte[] zip, String name, long size, boolean local) {
		byte[] bytes = zip.clone();
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (u32(bytes, i) == 0x02014b50L && u16(bytes, i + 28) == wanted.length && Arrays.equals(bytes, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
				put32(bytes, i + 24, size);
				if (local) {
					int header = (int) u32(bytes, i + 42);
					if (header + 30 < bytes.length && u32(bytes, header) == 0x04034b50L) {
						put32(bytes, header + 22, size);
					}
				}
			}
		}
		return bytes;
	}

	private static long u32(byte[] b, int i) {
		return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
	}

	private static int u16(byte[] b, int i) {
		return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
	}

	private static void put32(byte[] b, int i, long v) {
		for (int k = 0; k < 4; k++) {
			b[i + k] = (byte) (v >> 8 * k);
		}
	}

	// ---------------------------------------------------------------- JSON

	private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern JSON_NUMBER = Pattern.compile("(?<=[:\\[,]\\s?)-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?=\\s*[,\\]}])");
	private static final Pattern JSON_FIELD = Pattern.compile("\"([A-Za-z@:]+)\"\\s*:\\s*");

	/** A W3C export's JSON (as text, so that nesting and numbers beyond any parser's limits can be written) damaged once or twice. */
	String json(String json, StringBuilder log) {
		String result = json;
		int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
		for (int i = 0; i < count; i++) {
			result = jsonOnce(result, log);
		}
		return result;
	}

	private String jsonOnce(String json, StringBuilder log) {
		switch (random.nextInt(13)) {
		case 0: { // nulls in arrays
			List<Integer> arrays = new ArrayList<>();
			for (int i = json.indexOf('['); i >= 0; i = json.indexOf('[', i + 1)) {
				arrays.add(i);
			}
			if (arrays.isEmpty()) {
				return json;
			}
			int at = pick(arrays) + 1;
			String inserted = random.nextBoolean() ? "null," : "null, null, [], {},";
			log.append("; ").append(inserted).append(" into the array at ").append(at).append(" (").append(context(json, at)).append(')');
			return json.substring(0, at) + inserted + json.substring(at);
		}
		case 1: { // deep nesting
			int depth = 1000 * (1 + random.nextInt(random.nextBoolean() ? 5 : 200));
			int[] at = pickValue(json);
			boolean arrays = random.nextBoolean();
			String deep = arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
			log.append("; value at ").append(at[0]).append(" (").append(context(json, at[0])).append(") replaced by ").append(depth).append(arrays ? " nested arrays" : " nested objects");
			return json.substring(0, at[0]) + deep + json.substring(at[1]);
		}
		case 2, 3: { // long and odd numbers
			List<int[]> numbers = find(JSON_NUMBER, json, 0);
			if (numbers.isEmpty()) {
				return json;
			}
			int[] at = pick(numbers);
			String[] odd = { "-1", "2147483648", "-2147483649", "1e400", "1.5", "9".repeat(20), "9".repeat(1000 + random.nextInt(100_000)), "0.0000001", "1E2", "-0" };
			String value = odd[random.nextInt(odd.length)];
			log.append("; number ").append(context(json, at[0])).append(" set to ").append(value.length() > 30 ? value.substring(0, 10) + "...(" + value.length() + " digits)" : value);
			return json.substring(0, at[0]) + value + json.substring(at[1]);
		}
		case 4, 5: { // wrong types
			int[] at = pickValue(json);
			String[] values = { "null", "true", "42", "\"text\"", "[]", "{}", "[\"a\", 1]", "{\"id\": 5}", "\"" + jsonEscape(weirdString()) + "\"" };
			String value = values[random.nextInt(values.length)];
			log.append("; value at ").append(at[0]).append(" (").append(context(json, at[0])).append(") replaced by ").append(value.length() > 40 ? value.substring(0, 40) + "..." : value);
			return json.substring(0, at[0]) + value + json.substring(at[1]);
		}
		case 6: { // deleted ids
			List<int[]> ids = fieldValues(json, "id");
			if (ids.isEmpty()) {
				return json;
			}
			int[] at = pick(ids);
			int start = json.lastIndexOf("\"id\"", at[0]);
			int end = at[1];
			while (end < json.length() && Character.isWhitespace(json.charAt(end))) {
				end++;
			}
			if (end < json.length() && json.charAt(end) == ',') {
				end++;
			}
			log.append("; \"id\" deleted at ").append(start).append(" (").append(context(json, at[0])).append(')');
			return json.substring(0, start) + json.substring(end);
		}
		case 7, 8: { // offsets changed
			List<int[]> offsets = new ArrayList<>(fieldValues(json, "start"));
			offsets.addAll(fieldValues(json, "end"));
			offsets.addAll(fieldValues(json, "length"));
			if (offsets.isEmpty()) {
				return json;
			}
			int[] at = pick(offsets);
			String old = json.substring(at[0], at[1]);
			String value;
			try {
				long n = Long.parseLong(old.strip());
				long[] shifts = { -n - 1, 1, -1, 1_000_000, Integer.MAX_VALUE - n, random.nextInt(50) - 25 };
				value = Long.toString(n + shifts[random.nextInt(shifts.length)]);
			} catch (NumberFormatException e) {
				value = "-1";
			}
			log.append("; offset ").append(context(json, at[0])).append(" set to ").append(value);
			return json.substring(0, at[0]) + value + json.substring(at[1]);
		}
		case 9: { // ids duplicated, or paths and IRIs that try to leave the folder
			List<int[]> ids = new ArrayList<>(fieldValues(json, "id"));
			ids.addAll(fieldValues(json, "source"));
			ids.addAll(fieldValues(json, "target"));
			if (ids.isEmpty()) {
				return json;
			}
			int[] at = pick(ids);
			int[] otherAt = pick(ids);
			String other = json.substring(otherAt[0], otherAt[1]);
			String[] values = { other, "\"../../evil\"", "\"urn:collatio:document:..%2F..%2Fevil\"", "\"urn:collatio:span:%ZZ:%\"", "\"urn:collatio:claim\"",
					"\"urn:collatio:document:\"", "\"file://" + secretFile + "\"" };
			String value = values[random.nextInt(values.length)];
			log.append("; ").append(context(json, at[0])).append(" set to ").append(value.length() > 60 ? value.substring(0, 60) + "..." : value);
			return json.substring(0, at[0]) + value + json.substring(at[1]);
		}
		case 10: {
			int at = random.nextInt(json.length());
			log.append("; JSON truncated at ").append(at).append(" of ").append(json.length());
			return json.substring(0, at);
		}
		case 11: { // a document's text path pointing elsewhere
			List<int[]> ids = fieldValues(json, "id");
			int documents = json.indexOf("\"documents\"");
			List<int[]> documentIds = ids.stream().filter(a -> documents >= 0 && a[0] > documents).toList();
			if (documentIds.isEmpty()) {
				return json;
			}
			int[] at = pick(documentIds);
			String[] paths = { "../outside-secret.txt", secretFile, "sources/../../outside-secret.txt", "sources", "", "sources/\u0000.txt" };
			String path = paths[random.nextInt(paths.length)];
			log.append("; document ").append(json, at[0], at[1]).append(" gets \"text\": \"").append(jsonEscape(path)).append('"');
			return json.substring(0, at[1]) + ", \"text\": \"" + jsonEscape(path) + "\"" + json.substring(at[1]);
		}
		default: { // strings with characters XML cannot carry
			List<int[]> strings = find(JSON_STRING, json, 1);
			int[] at = pick(strings);
			String bad = jsonEscape(BAD_CHARS[random.nextInt(BAD_CHARS.length)]);
			log.append("; inserted ").append(bad).append(" into the string ").append(context(json, at[0]));
			return json.substring(0, at[0]) + bad + json.substring(at[0]);
		}
		}
	}

	/** The [start, end) of a random JSON value that follows a field name. */
	private int[] pickValue(String json) {
		List<int[]> fields = find(JSON_FIELD, json, 0);
		int[] field = pick(fields);
		int start = field[1];
		return new int[] { start, endOfValue(json, start) };
	}

	/** The [start, end) of the values of every field {@code name}. */
	private static List<int[]> fieldValues(String json, String name) {
		List<int[]> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*").matcher(json);
		while (matcher.find()) {
			values.add(new int[] { matcher.end(), endOfValue(json, matcher.end()) });
		}
		return values;
	}

	private static int endOfValue(String json, int start) {
		int depth = 0;
		boolean string = false;
		for (int i = start; i < json.length(); i++) {
			char c = json.charAt(i);
			if (string) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					string = false;
					if (depth == 0) {
						return i + 1;
					}
				}
			} else if (c == '"') {
				string = true;
			} else if (c == '[' || c == '{') {
				depth++;
			} else if (c == ']' || c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
				if (depth == 0) {
					return i + 1;
				}
			} else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return json.length();
	}

	// ---------------------------------------------------------------- helpers

	private static List<int[]> find(Pattern pattern, String text, int group) {
		List<int[]> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(new int[] { matcher.start(group), matcher.end(group) });
		}
		return found;
	}

	private static String context(String text, int at) {
		String context = text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 25)).replaceAll("\\s+", " ");
		return context.codePoints().allMatch(c -> c >= 0x20 && c < 0x7F) ? context : jsonEscape(context);
	}

	static byte[] insert(byte[] bytes, int at, byte[] inserted) {
		byte[] result = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
		return result;
	}

	private static int utf8Boundary(byte[] bytes, int at) {
		while (at > 0 && at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
			at--;
		}
		return at;
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	static String hex(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			out.append(out.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xFF));
		}
		return out.toString();
	}
}
