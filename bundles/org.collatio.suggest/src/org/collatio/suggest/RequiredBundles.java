/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Reads a file at the root of a bundle this one requires: a model jar holds its .bin in the
 * default package, which no class loader exports, so the entry is read from the bundle itself.
 * Used only inside OSGi.
 */
final class RequiredBundles {

	private RequiredBundles() {
	}

	static InputStream open(Class<?> owner, String entry) throws IOException {
		Bundle self = FrameworkUtil.getBundle(owner);
		BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
			URL url = wire.getProvider().getBundle().getEntry(entry);
			if (url != null) {
				return url.openStream();
			}
		}
		return null;
	}
}
