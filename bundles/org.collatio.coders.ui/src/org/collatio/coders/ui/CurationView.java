/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.collatio.coders.curation.CoderLayer;
import org.collatio.coders.curation.Curation;
import org.collatio.coders.curation.CurationCommands;
import org.collatio.coders.curation.CurationInput;
import org.collatio.coders.curation.CurationRow;
import org.collatio.coders.ui.curation.Curating;
import org.collatio.coders.ui.curation.CurationTable;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.LayerReader;
import org.collatio.editor.AnnotationEditor;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.ui.session.CorpusPart;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.ui.views.Recomputation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Curation of the document in the active annotation editor: where its coders differ, range by range
 * and side by side, each row a click from its text (selecting it selects the range in the editor).
 * The curator accepts a coder's version of the selected rows (context menu, or a double-click on
 * that coder's cell) or every range all coders agree on (toolbar) into the curated layer; each is
 * one command, undone like any other. Curating writes the curated layer, so until the session works
 * on it the view offers to start. The rows are computed in a job from the saved layer files and
 * the live layer ({@link Curation}); the view keeps the last ones while it says "updating".
 */
public final class CurationView extends CorpusViewPart implements CorpusPart {

	public static final String ID = "org.collatio.coders.views.curation";
	public static final String START_CURATING_COMMAND = "org.collatio.coders.ui.commands.startCurating";

	private CorpusSession session;
	private Composite area;
	private Composite curatingBar;
	private Label status;
	private CurationTable table;
	private Recomputation<CurationInput, Curation> recomputation;
	private String documentId;
	private Curation curation = Curation.NONE;
	private boolean syncing;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor editor && editor.getDocument() != null) {
				follow(editor.getDocument().getId());
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor editor && editor.getDocument() != null
					&& editor.getDocument().getId().equals(documentId) && Curating.editorOf(getSite().getPage(), documentId) == null) {
				follow(null);
			}
		}
	};

	/** The Curation view of a page, or null when it is not open. */
	public static CurationView of(IWorkbenchPage page) {
		if (page == null) {
			return null;
		}
		return page.getActivePart() instanceof CurationView active ? active : page.findView(ID) instanceof CurationView view ? view : null;
	}

	@Override
	public void createPartControl(Composite parent) {
		session = session();
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		createCuratingBar(area);
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
		table = new CurationTable(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.getViewer().addSelectionChangedListener(event -> selectInEditor());
		table.getViewer().getTable().addMouseListener(new MouseAdapter() {
			@Override
			public void mouseDoubleClick(MouseEvent event) {
				CoderLayer coder = table.coderAt(new Point(event.x, event.y));
				if (coder != null) {
					acceptSelected(coder.layer());
				}
			}
		});
		getSite().setSelectionProvider(table.getViewer());
		contextMenu(table.getViewer());
		recomputation = new Recomputation<>("Comparing the coders' layers", table.getViewer().getControl(), this::snapshot,
				CurationView::compute, this::show, this::updating);
		watchSession(store -> refreshNow(), () -> whenVisible(this::refresh));
		getSite().getPage().addPartListener(editors);
		documentId = getSite().getPage().getActiveEditor() instanceof AnnotationEditor editor ? editor.getDocument().getId() : null;
		refreshNow();
	}

	private void createCuratingBar(Composite parent) {
		curatingBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(curatingBar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(curatingBar);
		Label note = new Label(curatingBar, SWT.NONE);
		note.setText("Curating writes the curated layer.");
		Button start = new Button(curatingBar, SWT.PUSH);
		start.setText("Start Curating");
		start.addListener(SWT.Selection, e -> {
			try {
				getSite().getService(IHandlerService.class).executeCommand(START_CURATING_COMMAND, null);
			} catch (Exception ex) {
				MessageDialog.openError(getSite().getShell(), "Start Curating", ex.getMessage());
			}
		});
	}

	/** Shows the curation of another document (null: none), at once if the view can be seen, else when it comes into view. */
	private void follow(String newDocumentId) {
		if (Objects.equals(newDocumentId, documentId) && Objects.equals(curation.documentId(), documentId)) {
			return;
		}
		documentId = newDocumentId;
		whenVisible(this::refreshNow);
	}

	private CurationInput snapshot() throws CorpusException {
		CorpusStore store = session.getStore();
		Document document = store == null || documentId == null ? null : store.findDocument(documentId);
		return document == null ? null : CurationInput.of(store, document);
	}

	private static Curation compute(CurationInput input, org.eclipse.core.runtime.IProgressMonitor monitor) {
		if (input == null) {
			return Curation.NONE;
		}
		try (LayerReader reader = input.reader()) {
			return Curation.of(input, monitor);
		}
	}

	private void show(Curation shown) {
		curation = shown;
		List<CurationRow> selected = table.getSelection();
		table.show(shown);
		reselect(selected);
		showStatus(null);
	}

	/** Selects again the rows of the same ranges (a recomputation makes new rows), without moving the editor. */
	private void reselect(List<CurationRow> selected) {
		if (selected.isEmpty()) {
			return;
		}
		List<CurationRow> again = curation.rows().stream()
				.filter(row -> selected.stream().anyMatch(old -> old.begin() == row.begin() && old.end() == row.end())).toList();
		syncing = true;
		try {
			table.getViewer().setSelection(new StructuredSelection(again), true);
		} finally {
			syncing = false;
		}
	}

	private void updating(boolean busy) {
		String name = documentName();
		setContentDescription(busy ? (name.isEmpty() ? "" : name + " \u2014 ") + "updating\u2026" : name);
	}

	private String documentName() {
		CorpusStore store = session.getStore();
		Document document = store == null || documentId == null ? null : store.findDocument(documentId);
		return document == null ? "" : document.getTitle() != null ? document.getTitle() : document.getId();
	}

	/** Says where things stand, or {@code message} when an action needs explaining. */
	private void showStatus(String message) {
		boolean curating = Curating.isCurating(session);
		exclude(curatingBar, curating || session.getStore() == null);
		String text = message;
		if (text == null) {
			if (documentId == null) {
				text = "Open an article to see where its coders differ.";
			} else if (curation.coders().isEmpty()) {
				text = curation.documentId() == null ? "" : "No coder has annotated this article yet.";
			} else {
				text = curation.rows().size() + " ranges, " + curation.differences() + " where the coders differ, " + curation.done()
						+ " curated." + (curating ? " Accept a coder's version from the context menu, or double-click it." : "");
			}
			if (!curation.problems().isEmpty()) {
				text += "  Not read: " + String.join("; ", curation.problems());
			}
		}
		status.setText(text);
		area.layout(true, true);
	}

	/** Recomputes soon (after a burst of changes). */
	public void refresh() {
		if (recomputation != null) {
			recomputation.schedule();
		}
	}

	/** Recomputes now: another document or corpus is shown. */
	private void refreshNow() {
		if (recomputation != null && !table.getViewer().getControl().isDisposed()) {
			showStatus(null);
			updating(true);
			recomputation.runNow();
		}
	}

	private void selectInEditor() {
		List<CurationRow> selected = table.getSelection();
		if (syncing || selected.isEmpty() || documentId == null) {
			return;
		}
		AnnotationEditor editor = Curating.editorOf(getSite().getPage(), documentId);
		if (editor == null) {
			try {
				editor = Curating.openEditor(session.getStore(), getSite().getPage(), documentId);
			} catch (PartInitException e) {
				showStatus("The article cannot be opened: " + e.getMessage());
				return;
			}
		}
		if (editor != null) {
			getSite().getPage().bringToTop(editor);
			editor.selectRange(selected.get(0).begin(), selected.get(0).end());
		}
	}

	/** Accepts a coder's version of the selected rows into the curated layer, as one command. */
	public void acceptSelected(String layer) {
		execute(content -> CurationCommands.accept(session.getEditingDomain(), content, table.getSelection(), layer));
	}

	/** Accepts every row all coders agree on that the curated layer does not hold yet, as one command. */
	public void acceptAllAgreed() {
		execute(content -> CurationCommands.acceptAgreed(session.getEditingDomain(), content, curation.rows()));
	}

	private void execute(Function<DocumentContent, Command> command) {
		if (!Curating.isCurating(session)) {
			showStatus("Accepting writes the curated layer: Start Curating first.");
			return;
		}
		CorpusStore store = session.getStore();
		Document document = curation.documentId() == null ? null : store.findDocument(curation.documentId());
		if (document == null) {
			return;
		}
		try {
			Command made = command.apply(store.getContent(document));
			if (made == null) {
				showStatus("The curated layer holds that already.");
			} else {
				session.getEditingDomain().getCommandStack().execute(made); // the command stack listener recomputes
			}
		} catch (CorpusException e) {
			MessageDialog.openError(getSite().getShell(), "Curation", e.getMessage());
		}
	}

	/** The document curated, or null. */
	public String getDocumentId() {
		return documentId;
	}

	/** The curation shown. */
	public Curation getCuration() {
		return curation;
	}

	/** The rows' table (for tests). */
	public CurationTable getTable() {
		return table;
	}

	/** The line offering to start curating, or null when it is hidden (for tests). */
	public Composite getCuratingBar() {
		return curatingBar.isVisible() && !((GridData) curatingBar.getLayoutData()).exclude ? curatingBar : null;
	}

	@Override
	protected Control focusControl() {
		return table.getViewer().getControl();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}

	/** Excludes a control from its grid layout and hides it, or shows it again. */
	private static void exclude(Control control, boolean excluded) {
		((GridData) control.getLayoutData()).exclude = excluded;
		control.setVisible(!excluded);
	}
}
