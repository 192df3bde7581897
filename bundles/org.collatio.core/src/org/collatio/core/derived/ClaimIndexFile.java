/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.AtomicFiles;
import org.collatio.model.ClaimKind;
import org.collatio.model.Stance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The claim index on disk: JSON, streamed (100,000 claims are a few tens of MB), one object per
 * document with its stamp, claims and mentions as arrays of values. A schema number: a file of
 * another schema is ignored and rebuilt.
 */
final class ClaimIndexFile {

	static final int SCHEMA = 2;
	private static final JsonFactory JSON = new JsonFactory();

	private ClaimIndexFile() {
	}

	static void write(Path file, List<DocumentRecords> documents) throws IOException {
		AtomicFiles.write(file, out -> {
			try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
				json.writeStartObject();
				json.writeNumberField("schema", SCHEMA);
				json.writeArrayFieldStart("documents");
				for (DocumentRecords document : documents) {
					json.writeStartArray();
					json.writeString(document.documentId());
					json.writeString(document.stamp());
					json.writeStartArray();
					for (ClaimRecord c : document.claims()) {
						json.writeStartArray();
						for (String value : new String[] { c.claimId(), c.quote(), c.speakerId(), c.viaId(), c.propositionId(),
								c.stance() == null ? null : c.stance().getLiteral(), c.kind() == null ? null : c.kind().getLiteral(), c.whenStated(),
								c.whenDate(), c.paraphrase() }) {
							json.writeString(value);
						}
						json.writeNumber(c.begin());
						json.writeNumber(c.end());
						json.writeEndArray();
					}
					json.writeEndArray();
					json.writeStartArray();
					for (MentionRecord m : document.mentions()) {
						json.writeStartArray();
						json.writeString(m.mentionId());
						json.writeString(m.entityId());
						json.writeNumber(m.begin());
						json.writeNumber(m.end());
						json.writeString(m.text());
						json.writeEndArray();
					}
					json.writeEndArray();
					json.writeEndArray();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
		});
	}

	static List<DocumentRecords> read(Path file) throws IOException {
		List<DocumentRecords> documents = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
			expect(json.nextToken(), JsonToken.START_OBJECT);
			expect(json.nextToken(), JsonToken.FIELD_NAME);
			expect(json.nextToken(), JsonToken.VALUE_NUMBER_INT);
			if (json.getIntValue() != SCHEMA) {
				throw new IOException("schema " + json.getIntValue());
			}
			expect(json.nextToken(), JsonToken.FIELD_NAME);
			expect(json.nextToken(), JsonToken.START_ARRAY);
			while (json.nextToken() == JsonToken.START_ARRAY) {
				String id = json.nextTextValue();
				String stamp = json.nextTextValue();
				expect(json.nextToken(), JsonToken.START_ARRAY);
				List<ClaimRecord> claims = new ArrayList<>();
				while (json.nextToken() == JsonToken.START_ARRAY) {
					String[] v = new String[10];
					for (int i = 0; i < v.length; i++) {
						json.nextToken();
						v[i] = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText();
					}
					int begin = json.nextIntValue(-1);
					int end = json.nextIntValue(-1);
					expect(json.nextToken(), JsonToken.END_ARRAY);
					claims.add(new ClaimRecord(id, v[0], begin, end, v[1], v[2], v[3], v[4], v[5] == null ? null : Stance.get(v[5]),
							v[6] == null ? null : ClaimKind.get(v[6]), v[7], v[8], v[9]));
				}
				expect(json.nextToken(), JsonToken.START_ARRAY);
				List<MentionRecord> mentions = new ArrayList<>();
				while (json.nextToken() == JsonToken.START_ARRAY) {
					String mentionId = json.nextTextValue();
					json.nextToken();
					String entityId = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText();
					int begin = json.nextIntValue(-1);
					int end = json.nextIntValue(-1);
					String text = json.nextTextValue();
					expect(json.nextToken(), JsonToken.END_ARRAY);
					mentions.add(new MentionRecord(id, mentionId, entityId, begin, end, text == null ? "" : text));
				}
				expect(json.nextToken(), JsonToken.END_ARRAY);
				documents.add(new DocumentRecords(id, stamp, claims, mentions));
			}
		}
		return documents;
	}

	private static void expect(JsonToken found, JsonToken wanted) throws IOException {
		if (found != wanted) {
			throw new IOException("expected " + wanted + ", found " + found);
		}
	}
}
