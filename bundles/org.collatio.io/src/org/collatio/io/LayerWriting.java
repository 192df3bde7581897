/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

/**
 * How an exporter names one layer's annotations. Exporting one layer ({@link #ONE_LAYER}), as they
 * always were: {@code urn:collatio:span:DOC:ID} and a GUID of it. Exporting every layer, each id
 * carries the layer ({@code urn:collatio:span:LAYER:DOC:ID}), so that ids stay unique when two
 * layers hold the same span id (a curated span keeps the id of the coder's it was accepted from),
 * and the annotations name the layer's {@link ExportLayers.Agent agent} as their maker.
 *
 * @param layer the layer's {@link ExportLayers#label(String) label}; null exporting one layer
 * @param agent who the layer's annotations are attributed to; null exporting one layer (each
 *              object's own annotator is named then), or for a layer that has none
 */
record LayerWriting(String layer, ExportLayers.Agent agent) {

	static final LayerWriting ONE_LAYER = new LayerWriting(null, null);

	/** How {@code layer} of an export is written. */
	static LayerWriting of(ExportLayers layers, String layer) {
		return layers.isEveryLayer() ? new LayerWriting(ExportLayers.label(layer), layers.agent(layer)) : ONE_LAYER;
	}

	String iri(String kind, String... parts) {
		return Iris.of(kind, layered(parts));
	}

	String guid(String kind, String... parts) {
		return Iris.guid(kind, layered(parts));
	}

	private String[] layered(String[] parts) {
		if (layer == null) {
			return parts;
		}
		String[] layered = new String[parts.length + 1];
		layered[0] = layer;
		System.arraycopy(parts, 0, layered, 1, parts.length);
		return layered;
	}
}
