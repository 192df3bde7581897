/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.ui.properties.ModelPropertySheetPage;
import org.collatio.ui.properties.ModelPropertySourceProvider;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.testing.UiWait;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
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

	/** Shows the Properties view and the navigator, and selects a document there. */
	private CorpusNavigator showInNavigator(Document document) throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.showView(IPageLayout.ID_PROP_SHEET);
		CorpusNavigator navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		page.activate(navigator);
		navigator.getViewer().setSelection(new StructuredSelection(document), true);
		return navigator;
	}

	@Test
	void aDocumentSelectedInTheNavigatorShowsItsPropertiesAndItsIcon() throws Exception {
		Document document = PlatformUI.getWorkbench().getService(CorpusSession.class).getStore().findDocument(ID);
		CorpusNavigator navigator = showInNavigator(document);
		Map<String, String> shown = waitForProperties((PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET), "Title");

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
		assertEquals(EntityKind.ORGANIZATION, entity.getKind(), "read-only: an object of no open corpus is not changed");
		assertNotNull(CollatioPackage.Literals.ENTITY__KIND);
	}

	@Test
	void aPropertyEditedInThePropertiesViewIsACheckedCommandThatUndoRestores() throws Exception {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Document document = session.getStore().findDocument(ID);
		String title = document.getTitle();
		String date = document.getPublicationDate();
		showInNavigator(document);
		PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		waitForProperties(sheet, "Title");
		assertTrue(sheet.getCurrentPage() instanceof ModelPropertySheetPage, "the corpus views give the Properties view their page");
		Tree tree = (Tree) sheet.getCurrentPage().getControl();

		TreeItem dateRow = row(tree, "Publication Date");
		Text dateEditor = edit(tree, dateRow);
		dateEditor.setText("2020-13");
		dateEditor.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(date, document.getPublicationDate(), "an impossible date changes nothing");
		String problem = ((IPropertySheetEntry) dateRow.getData()).getErrorText();
		assertTrue(problem != null && problem.startsWith("Publication Date: \"2020-13\" is not a real date"), problem);

		TreeItem titleRow = row(tree, "Title");
		Text titleEditor = edit(tree, titleRow);
		assertEquals(title, titleEditor.getText(), "the editor starts from the value");
		titleEditor.setText("  Edited in the Properties view ");
		titleEditor.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.drain();
		assertEquals("Edited in the Properties view", document.getTitle());
		assertEquals("Edit Document Properties", session.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"the command of core, on the session's stack");
		assertTrue(session.isDirty(), "saved like every change");
		assertEquals("Edited in the Properties view", waitForProperties(sheet, "Title").get("Title"));

		page.activate(sheet);
		assertEquals(sheet, page.getActivePart(), "Ctrl+Z is pressed in the Properties view");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(title, document.getTitle(), "Ctrl+Z in the Properties view undoes the change");
		UiWait.until("the Properties view to show the title again",
				() -> title.equals(rowText((Tree) sheet.getCurrentPage().getControl(), "Title")), Duration.ofSeconds(10));
	}

	@Test
	void aKindIsChosenAmongTheEditLayersLabelsAndUndoRestoresIt() {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		EditingDomain domain = session.getEditingDomain();
		Entity entity = ClaimCommands.newEntity(EntityKind.PERSON, "Armen Grigoryan", List.of());
		domain.getCommandStack().execute(ClaimCommands.addEntity(domain, session.getStore().getCorpus(), entity));
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			IPropertySource source = Adapters.adapt(entity, IPropertySource.class);
			IPropertyDescriptor kind = descriptor(source, "Kind");
			CellEditor editor = kind.createPropertyEditor(shell);
			assertTrue(editor.getControl() instanceof CCombo, "a choice");
			assertEquals(List.of("person", "organization", "place", "outlet", "other"), List.of(((CCombo) editor.getControl()).getItems()),
					"the labels of the edit layer");
			editor.setValue(source.getPropertyValue(kind.getId()));
			assertEquals(EntityKind.PERSON, editor.getValue());
			assertNull(descriptor(source, "Id").createPropertyEditor(shell), "an id is shown, not edited");

			source.setPropertyValue(kind.getId(), EntityKind.ORGANIZATION);
			assertEquals(EntityKind.ORGANIZATION, entity.getKind());
			assertEquals("Set Kind", domain.getCommandStack().getUndoCommand().getLabel());
			domain.getCommandStack().undo();
			assertEquals(EntityKind.PERSON, entity.getKind());
		} finally {
			shell.dispose();
			domain.getCommandStack().undo();
		}
		assertTrue(!session.getStore().getCorpus().getEntities().contains(entity));
	}

	@Test
	void whatTheDomainHoldsReadOnlyIsShownButNotEdited() {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Document document = session.getStore().findDocument(ID);
		String title = document.getTitle();
		AdapterFactoryEditingDomain sessionDomain = (AdapterFactoryEditingDomain) session.getEditingDomain();
		// as the session's domain holds another coder's layer, or a closed corpus (made on a resource set of its own, so that
		// the corpus's resource set gets no second domain, but answering for the corpus's)
		AdapterFactoryEditingDomain readOnly = new AdapterFactoryEditingDomain(sessionDomain.getAdapterFactory(), new BasicCommandStack(),
				new ResourceSetImpl()) {
			@Override
			public ResourceSet getResourceSet() {
				return session.getStore().getResourceSet();
			}

			@Override
			public boolean isReadOnly(Resource resource) {
				return true;
			}
		};
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			IPropertySource source = new ModelPropertySourceProvider(sessionDomain.getAdapterFactory(), readOnly).getPropertySource(document);
			assertNull(descriptor(source, "Title").createPropertyEditor(shell));
			source.setPropertyValue(descriptor(source, "Title").getId(), "Changed");
			assertEquals(title, document.getTitle());
			IPropertySource editable = ModelPropertySourceProvider.of(session).getPropertySource(document);
			assertNotNull(descriptor(editable, "Title").createPropertyEditor(shell), "the same document in the session's domain is edited");
		} finally {
			shell.dispose();
		}
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (name.equals(descriptor.getDisplayName())) {
				return descriptor;
			}
		}
		throw new AssertionError("no property " + name);
	}

	/** The row of the Properties view named {@code name}. */
	private static TreeItem row(Tree tree, String name) {
		TreeItem found = find(tree.getItems(), name);
		assertNotNull(found, "a row " + name);
		return found;
	}

	private static String rowText(Tree tree, String name) {
		TreeItem found = find(tree.getItems(), name);
		return found == null ? null : found.getText(1);
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			TreeItem found = name.equals(item.getText(0)) ? item : find(item.getItems(), name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Opens {@code row} for editing as Enter on it does, and returns the text field the Properties view opens there. */
	private static Text edit(Tree tree, TreeItem row) {
		tree.setSelection(row);
		Event enter = new Event();
		enter.item = row;
		tree.notifyListeners(SWT.DefaultSelection, enter);
		UiWait.until("a cell editor on " + row.getText(0), () -> editorOf(tree) != null, Duration.ofSeconds(5));
		return editorOf(tree);
	}

	private static Text editorOf(Tree tree) {
		for (Control child : tree.getChildren()) {
			if (child instanceof Text text && !text.isDisposed() && text.isVisible()) {
				return text;
			}
		}
		return null;
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
