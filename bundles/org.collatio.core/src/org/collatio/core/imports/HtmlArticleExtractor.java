/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;

import org.collatio.core.store.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article from an HTML page with jsoup: the text of its {@code <article>} (or main
 * content, or body), block by block with blank lines between paragraphs, without scripts,
 * navigation, headers, footers, asides and forms; and the metadata of its meta tags.
 */
final class HtmlArticleExtractor {

	private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td";
	private static final String NOT_CONTENT = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button";
	/** The most time one page may take, whatever its size (a page within the size limit takes well under a second). */
	private static final long BUDGET_NANOS = 20_000_000_000L;

	private HtmlArticleExtractor() {
	}

	static ArticleText extract(Path file, byte[] bytes) throws ImportException {
		org.jsoup.nodes.Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
		} catch (IOException e) {
			throw new ImportException(file, "cannot be parsed as HTML: " + e.getMessage());
		}
		ArticleMetadata metadata = metadata(page);
		Element root = contentRoot(page);
		root.select(NOT_CONTENT).remove();
		List<String> paragraphs = new ArrayList<>();
		Elements blocks = root.select(BLOCKS);
		// a block inside another block is part of the enclosing block's text; an identity set makes
		// the test linear in the page (a list's contains made pages of many paragraphs quadratic)
		Set<Element> isBlock = Collections.newSetFromMap(new IdentityHashMap<>(blocks.size() * 2));
		isBlock.addAll(blocks);
		long deadline = System.nanoTime() + BUDGET_NANOS;
		int visited = 0;
		for (Element block : blocks) {
			if (++visited % 1024 == 0 && System.nanoTime() > deadline) {
				throw new ImportException(file, "the HTML page is too complex: extracting its text took more than " + BUDGET_NANOS / 1_000_000_000L
						+ " s (" + blocks.size() + " blocks)");
			}
			if (insideBlock(block, isBlock)) {
				continue;
			}
			String text = block.text().strip();
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}
		String text = paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
		if (text.isEmpty()) {
			throw new ImportException(file, "the HTML page has no article text");
		}
		return new ArticleText(text + "\n", metadata);
	}

	private static boolean insideBlock(Element block, Set<Element> blocks) {
		for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
			if (blocks.contains(parent)) {
				return true;
			}
		}
		return false;
	}

	private static Element contentRoot(org.jsoup.nodes.Document page) {
		for (String query : List.of("article", "[itemprop=articleBody]", "main", "[role=main]")) {
			Element element = page.selectFirst(query);
			if (element != null) {
				return element;
			}
		}
		return page.body();
	}

	private static ArticleMetadata metadata(org.jsoup.nodes.Document page) {
		String title = first(meta(page, "og:title"), page.title(), textOf(page.selectFirst("h1")));
		String outlet = meta(page, "og:site_name");
		String author = first(meta(page, "author"), meta(page, "article:author"));
		String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
		String date = first(meta(page, "article:published_time"), meta(page, "date"), meta(page, "dc.date"),
				attr(page.selectFirst("time[datetime]"), "datetime"));
		if (date != null) {
			date = PartialDate.leading(date.strip()).map(PartialDate::toString).orElse(null);
		}
		String language = attr(page.selectFirst("html[lang]"), "lang");
		return new ArticleMetadata(title, outlet, author, url, date, language);
	}

	private static String meta(org.jsoup.nodes.Document page, String name) {
		Element element = page.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
		return attr(element, "content");
	}

	private static String attr(Element element, String attribute) {
		if (element == null) {
			return null;
		}
		String value = element.attr(attribute).strip();
		return value.isEmpty() ? null : value;
	}

	private static String textOf(Element element) {
		return element == null ? null : element.text();
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}
}
