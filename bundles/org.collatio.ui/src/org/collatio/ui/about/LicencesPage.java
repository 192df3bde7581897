/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.about;

import org.collatio.ui.views.TextColumns;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.about.InstallationPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; About Collatio &gt; Installation Details &gt; Licences: every bundle inside the running
 * product with its version and the licence it states ({@link BundleLicence}), sorted by name.
 */
public final class LicencesPage extends InstallationPage {

	private TableViewer viewer;

	/**
	 * The rows for the bundles of the running framework.
	 *
	 * @return one row per bundle except the framework's system bundle, sorted by name then symbolic name
	 */
	public static List<BundleLicence> rows() {
		Bundle[] bundles = FrameworkUtil.getBundle(LicencesPage.class).getBundleContext().getBundles();
		return Arrays.stream(bundles).filter(b -> b.getBundleId() != 0).map(BundleLicence::of)
				.sorted(Comparator.comparing((BundleLicence r) -> r.name().toLowerCase()).thenComparing(BundleLicence::symbolicName))
				.toList();
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(layout, "Name", 35, BundleLicence::name);
		column(layout, "Version", 20, BundleLicence::version);
		column(layout, "Licence", 25, BundleLicence::licence);
		column(layout, "Identifier", 30, BundleLicence::symbolicName);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(rows());
		setControl(area);
	}

	/** @return the table (for tests) */
	public TableViewer getViewer() {
		return viewer;
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<BundleLicence, String> text) {
		TextColumns.add(viewer, layout, title, weight, 60, BundleLicence.class, text);
	}
}
