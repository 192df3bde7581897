/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.collatio.ui.about.BundleLicence;
import org.collatio.ui.about.LicencesPage;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's branding: window icons, the About dialog, and the Licences page of Installation Details. */
class BrandingTest {

	@Test
	void theWorkbenchWindowCarriesTheCollatioIconsAtEverySize() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Set<Integer> sizes = Arrays.stream(shell.getImages()).map(i -> i.getBounds().width).collect(Collectors.toSet());
		assertEquals(Set.of(16, 32, 48, 64, 128, 256), sizes, "the window's icons, from the product's windowImages");
		Image small = Arrays.stream(shell.getImages()).filter(i -> i.getBounds().width == 16).findFirst().orElseThrow();
		// the blue tile of releng/branding/make-icons.py, not a default or blank image
		var pixel = small.getImageData().palette.getRGB(small.getImageData().getPixel(8, 1));
		assertTrue(pixel.blue > pixel.red + 40, "the 16 px icon's top edge is the blue tile: " + pixel);
	}

	@Test
	void helpAboutOpensCollatiosAboutDialogWithInstallationDetails() throws Exception {
		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] inspect = new Runnable[1];
		inspect[0] = () -> {
			Shell about = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().startsWith("About")).findFirst().orElse(null);
			if (about == null) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, inspect[0]);
				}
				return;
			}
			seen.add(about.getText());
			buttons(about, seen);
			about.close();
		};
		display.timerExec(100, inspect[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
		assertTrue(!seen.isEmpty(), "no About dialog appeared");
		assertEquals("About Collatio", seen.get(0));
		assertTrue(seen.contains("&Installation Details") || seen.contains("Installation Details"), "its buttons: " + seen);
	}

	@Test
	void theLicencesPageListsEveryBundleWithItsVersionAndLicence() throws Exception {
		IConfigurationElement contribution = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.installationPages"))
				.filter(e -> "Licences".equals(e.getAttribute("name"))).findFirst().orElse(null);
		assertNotNull(contribution, "Installation Details has a Licences page");
		LicencesPage page = (LicencesPage) contribution.createExecutableExtension("class");
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			page.createControl(shell);
			shell.setSize(900, 600);
			shell.open();
			Table table = page.getViewer().getTable();
			Bundle[] bundles = FrameworkUtil.getBundle(BrandingTest.class).getBundleContext().getBundles();
			assertEquals(bundles.length - 1, table.getItemCount(), "one row per bundle but the system bundle");
			Bundle ui = FrameworkUtil.getBundle(LicencesPage.class);
			assertEquals(List.of("Collatio Workbench", ui.getVersion().toString(), "EPL-2.0", "org.collatio.ui"), row(table, "org.collatio.ui"),
					"Collatio's own bundle: its Bundle-License header");
			assertEquals("EPL-2.0", row(table, "org.eclipse.ui").get(2), "the platform's: the licence its about.html names");
			assertEquals("Apache-2.0", row(table, "org.apache.felix.scr").get(2), "Felix SCR's: the licence URL of its header, named");
			long unnamed = Arrays.stream(table.getItems()).filter(i -> i.getText(2).equals(BundleLicence.NOT_STATED)).count();
			assertTrue(unnamed < table.getItemCount() / 4, unnamed + " of " + table.getItemCount() + " bundles state no licence");
			List<String> names = Arrays.stream(table.getItems()).map(i -> i.getText(0).toLowerCase()).toList();
			assertEquals(names.stream().sorted().toList(), names, "sorted by name");
		} finally {
			shell.dispose();
		}
	}

	@Test
	void licencesAreReadFromHeadersAndTextsAsBundlesWriteThem() {
		assertEquals("Apache-2.0 / MIT", BundleLicence.fromHeader("\"Apache-2.0\";link=\"https://example.org/a,b\", MIT"), "a comma inside quotes is not a separator");
		assertEquals("EPL-2.0", BundleLicence.fromHeader("https://www.eclipse.org/legal/epl-2.0/"));
		assertEquals("https://jsoup.org/license", BundleLicence.fromHeader("https://jsoup.org/license"), "an unknown URL is shown as it is");
		assertEquals("EPL-2.0 / Apache-2.0", BundleLicence.fromText("<p>the <a>Eclipse\n Public License Version 2.0</a> ... parts under the Apache License, Version 2.0</p>"));
		assertEquals("", BundleLicence.fromText("<p>no licence named here</p>"));
	}

	@Test
	void checkForUpdatesAsksForARepositoryAndRefusesAFolderThatIsNotOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path notARepository)
			throws Exception {
		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] answer = new Runnable[1];
		answer[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && "Check for Updates".equals(s.getText())).findFirst().orElse(null);
			if (dialog == null) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, answer[0]);
				}
				return;
			}
			org.eclipse.swt.widgets.Text location = find(dialog, org.eclipse.swt.widgets.Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0);
			location.setText(notARepository.toString());
			while (display.readAndDispatch()) {
				// let the dialog validate what was typed
			}
			seen.add(find(dialog, org.eclipse.swt.widgets.Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0).getText());
			seen.add(String.valueOf(find(dialog, Button.class, b -> b.getText().equals("OK")).isEnabled()));
			dialog.close();
		};
		display.timerExec(100, answer[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.collatio.update.ui.check", null);
		assertEquals(List.of(notARepository + ": not a p2 repository (it has no content.jar, content.xml or p2.index)", "false"), seen,
				"the dialog's error line and whether OK is enabled");
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> row(Table table, String symbolicName) {
		for (TableItem item : table.getItems()) {
			if (item.getText(3).equals(symbolicName)) {
				return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
			}
		}
		throw new AssertionError("no row for " + symbolicName);
	}

	private static void buttons(Composite parent, List<String> out) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				out.add(button.getText());
			} else if (child instanceof Composite composite) {
				buttons(composite, out);
			}
		}
	}
}
