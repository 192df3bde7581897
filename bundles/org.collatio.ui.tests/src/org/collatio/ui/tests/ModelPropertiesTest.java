/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The edit layer in the workbench: the Properties view on any selected model object, icons in the navigator. */
class ModelPropertiesTest {

	private static final String ID = "002_36c442c41114755f";

	private IWorkbenchPage page;

	@AfterEach
	void closeTheProperties() {
		if (page != null && page.findView(IPageLayout.ID_PROP_SHEET) != null) {
			page.hideView(page.findView(IPageLayout.ID_PROP_SHEET));
		}
	}

	@Test
	void aDocumentSelectedInTheNavigatorShowsItsPropertiesAndItsIcon() throws Exception {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		CorpusNavigator navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		page.activate(navigator);
		Document document = session.getStore().findDocument(ID);
		navigator.getViewer().setSelection(new StructuredSelection(document), true);
		Map<String, String> shown = waitForProperties(sheet, "Title");

		assertEquals(document.getTitle(), shown.get("Title"));
		assertEquals(document.getOutlet(), shown.get("Outlet"));
		assertEquals(document.getPublicationDate(), shown.get("Publication Date"));
		assertEquals(ID, shown.get("Id"));

		TableItem row = null;
		for (TableItem item : navigator.getViewer().getTable().getItems()) {
			row = item.getData() == document ? item : row;
		}
		assertNotNull(row.getImage(0), "the title column shows the edit layer's icon of a document");
		assertEquals(null, row.getImage(1));
	}

	@Test
	void anyModelObjectAdaptsToAPropertySourceWithTheEditLayersLabels() {
		Entity entity = CollatioFactory.eINSTANCE.createEntity();
		entity.setCanonicalName("Vladimir Putin");
		entity.setKind(EntityKind.ORGANIZATION);
		IPropertySource source = Adapters.adapt(entity, IPropertySource.class);
		assertNotNull(source);
		IPropertyDescriptor kind = null;
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			kind = "Kind".equals(descriptor.getDisplayName()) ? descriptor : kind;
		}
		assertNotNull(kind);
		assertEquals(EntityKind.ORGANIZATION, source.getPropertyValue(kind.getId()));
		assertEquals("organization", kind.getLabelProvider().getText(source.getPropertyValue(kind.getId())));
		assertTrue(source.isPropertySet(kind.getId()));
		source.setPropertyValue(kind.getId(), EntityKind.PERSON);
		assertEquals(EntityKind.ORGANIZATION, entity.getKind(), "read-only: changes are commands of core.edit");
		assertNotNull(CollatioPackage.Literals.ENTITY__KIND);
	}

	/** The rows of the Properties view (name to value) once it shows {@code expected}. */
	private static Map<String, String> waitForProperties(PropertySheet sheet, String expected) {
		Map<String, String> rows = new HashMap<>();
		UiWait.until("the Properties view to show " + expected, () -> {
			rows.clear();
			if (sheet.getCurrentPage().getControl() instanceof Tree tree) {
				collect(tree.getItems(), rows);
			}
			return rows.containsKey(expected);
		}, Duration.ofSeconds(10));
		return rows;
	}

	private static void collect(TreeItem[] items, Map<String, String> rows) {
		for (TreeItem item : items) {
			rows.put(item.getText(0), item.getText(1));
			collect(item.getItems(), rows);
		}
	}
}
