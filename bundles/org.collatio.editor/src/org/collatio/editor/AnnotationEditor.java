/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.WordBoundaries;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.editor.internal.SpanHover;
import org.collatio.editor.internal.ChangedRange;
import org.collatio.editor.internal.OtherCoders;
import org.collatio.editor.internal.SpanOverview;
import org.collatio.editor.internal.SpanPresentation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.ui.layers.LayerLabels;
import org.collatio.core.edit.SuggestedClaimCommands;
import org.collatio.editor.claims.ClaimForm;
import org.collatio.editor.claims.SuggestionForms;
import org.collatio.editor.internal.SuggestedClaims;
import org.collatio.suggest.Suggestion;
import org.collatio.ui.session.CorpusPart;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

/**
 * The annotation editor: an article's exact text, read-only, word-wrapped, with every span drawn in
 * its tag's colour (overlaps outlined), web-page leftovers dimmed, and hovers naming a span's tags
 * and note. Tagging is a command on the corpus session's editing domain, so it is undone, redone,
 * marked dirty and saved like every other change. A tag's key (one letter, no modifier) tags the
 * selection.
 */
public final class AnnotationEditor extends EditorPart implements ISaveablePart, CorpusPart {

	public static final String ID = "org.collatio.editor";
	public static final String CONTEXT_ID = "org.collatio.editor.context";
	public static final String POPUP_MENU_ID = "org.collatio.editor.popup";
	public static final String WORD_SNAP_COMMAND = org.collatio.editor.handlers.ToggleWordSnapHandler.COMMAND_ID;
	public static final String OTHER_CODERS_COMMAND = org.collatio.editor.handlers.ShowOtherCodersHandler.COMMAND_ID;
	public static final String SUGGESTIONS_COMMAND = "org.collatio.editor.commands.showSuggestions";

	private CorpusSession session;
	private Document document;
	private DocumentContent content;
	private SourceViewer viewer;
	private SpanOverview overview;
	private OtherCoders otherCoders;
	private SuggestedClaims suggestedClaims;
	private LocalResourceManager resources;
	private Tag lastTag;

	private final Runnable commandStackListener = () -> firePropertyChange(ISaveablePart.PROP_DIRTY);
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && viewer != null && !viewer.getTextWidget().isDisposed()) {
				// repaint only the stretch the change touches: a 1 MB article stays fast to tag
				int[] range = ChangedRange.of(notification);
				if (range == null) {
					viewer.invalidateTextPresentation();
				} else if (range[1] > range[0]) {
					viewer.invalidateTextPresentation(range[0], range[1] - range[0]);
				}
				overview.refresh();
			}
		}
	};
	/** A tag recoloured in the palette is redrawn at once. */
	private final EContentAdapter tagListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.getFeature() == org.collatio.model.CollatioPackage.Literals.TAG__COLOR && viewer != null
					&& !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
				overview.refresh();
			}
		}
	};
	private final VerifyKeyListener tagKeys = this::tagByKey;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput documentInput)) {
			throw new PartInitException("Not a Collatio document: " + input.getName());
		}
		setSite(site);
		setInput(input);
		session = site.getService(CorpusSession.class);
		document = documentInput.getDocument();
		try {
			content = session.getStore().getContent(document);
		} catch (CorpusException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(area);
		viewer = new SourceViewer(area, null, SWT.V_SCROLL | SWT.MULTI | SWT.WRAP);
		// a size hint, so the layout never asks a word-wrapped StyledText for its natural size: that
		// lays out every line of the article (seconds for 1 MB)
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(viewer.getControl());
		overview = new SpanOverview(area, () -> content, resources, this::select);
		GridDataFactory.fillDefaults().grab(false, true).hint(SpanOverview.WIDTH, SWT.DEFAULT).applyTo(overview.getControl());
		viewer.configure(new SourceViewerConfiguration() {
			@Override
			public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
				return new SpanHover(() -> content);
			}
		});
		viewer.setDocument(new org.eclipse.jface.text.Document(content.getText()));
		viewer.setEditable(false);
		StyledText text = viewer.getTextWidget();
		text.setFont(resources.create(JFaceResources.getDefaultFontDescriptor().increaseHeight(2)));
		text.setWordWrap(true);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(3);
		text.addVerifyKeyListener(tagKeys);
		viewer.addTextPresentationListener(new SpanPresentation(() -> content, document, resources));
		viewer.invalidateTextPresentation(); // no presentation reconciler: draw the spans of the opened document now

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		text.setMenu(menu.createContextMenu(text));
		getSite().registerContextMenu(POPUP_MENU_ID, menu, viewer);
		getSite().setSelectionProvider(viewer);

		otherCoders = new OtherCoders(text, resources, legend -> setContentDescription(legend == null ? layerNote() : legend));
		setContentDescription(layerNote());
		if (isToggleOn(OTHER_CODERS_COMMAND, false)) {
			showOtherCoders(true);
		}
		suggestedClaims = new SuggestedClaims(text, resources, this::setContentDescription);
		if (isToggleOn(SUGGESTIONS_COMMAND, true)) {
			showSuggestions(true);
		}

		content.eAdapters().add(modelListener);
		session.getStore().getCorpus().getTagSets().forEach(set -> set.eAdapters().add(tagListener));
		session.addCommandStackListener(commandStackListener);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
	}

	/** What the editor shows when it is not the coder's own layer, or "". */
	private String layerNote() {
		CorpusStore store = session.getStore();
		return store == null || store.getLayerName() == null || store.isLayerEditable() && store.getCoder() != null
				&& store.getLayerName().equals(store.getCoder().getId()) ? "" : LayerLabels.layer(store);
	}

	/** Shows or hides the other coders' spans of this article as outlines (Coders &gt; Show Other Coders). */
	public void showOtherCoders(boolean on) {
		otherCoders.show(on, session.getStore(), document.getId());
	}

	/** Shows or hides the suggested claims of this article (Annotate &gt; Show Suggested Claims). */
	public void showSuggestions(boolean on) {
		suggestedClaims.show(on, session.getStore(), document.getId(), content);
	}

	/** The suggested claims (for the handlers and tests). */
	public SuggestedClaims getSuggestedClaims() {
		return suggestedClaims;
	}

	/** The suggestion under the caret, or overlapping the selection. */
	public Optional<Suggestion> suggestionAtCaret() {
		var selection = viewer.getSelectedRange();
		return suggestedClaims.at(selection.x, selection.x + selection.y);
	}

	/**
	 * Accepts the suggestion under the caret: its fields go through {@code review} (the claim form,
	 * pre-filled and editable; null: cancelled), then one command makes the span and the claim.
	 */
	public boolean acceptSuggestion(UnaryOperator<ClaimForm> review) {
		Optional<Suggestion> at = suggestionAtCaret();
		if (at.isEmpty() || !session.getStore().isLayerEditable()) {
			return false;
		}
		Suggestion s = at.get();
		ClaimForm form = review.apply(SuggestionForms.of(s));
		if (form == null || form.problem() != null) {
			return false;
		}
		session.getEditingDomain().getCommandStack()
				.execute(form.commandForRange(session.getEditingDomain(), session.getStore().getCorpus(), content, s.begin(), s.end()));
		return true;
	}

	/** Accepts every suggestion shown, as one command; returns how many. */
	public int acceptAllSuggestions() {
		List<Suggestion> shown = suggestedClaims.visible();
		if (shown.isEmpty() || !session.getStore().isLayerEditable()) {
			return 0;
		}
		session.getEditingDomain().getCommandStack().execute(SuggestedClaimCommands.acceptAll(session.getEditingDomain(),
				session.getStore().getCorpus(), content, shown.stream().map(SuggestionForms::suggested).toList()));
		return shown.size();
	}

	/** Rejects the suggestion under the caret (remembered); false when there is none. */
	public boolean rejectSuggestionAtCaret() {
		Optional<Suggestion> at = suggestionAtCaret();
		at.ifPresent(s -> suggestedClaims.reject(List.of(s)));
		return at.isPresent();
	}

	/** Rejects every suggestion shown (remembered); returns how many. */
	public int rejectAllSuggestions() {
		List<Suggestion> shown = suggestedClaims.visible();
		suggestedClaims.reject(shown);
		return shown.size();
	}

	/** The other coders' outlines (for tests). */
	public OtherCoders getOtherCoders() {
		return otherCoders;
	}

	/** Tags the selection (snapped to words when that is on), or adds the tag to the span under an empty selection. */
	public void applyTag(Tag tag) {
		int[] range = taggingRange();
		if (range == null) {
			return;
		}
		Command command = SpanCommands.tag(session.getEditingDomain(), content, range[0], range[1], tag);
		lastTag = tag;
		if (command != null) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private int[] taggingRange() {
		var selection = viewer.getSelectedRange();
		if (selection.y == 0) {
			List<SpanAnnotation> at = SpanCommands.spansAt(content, selection.x);
			return at.isEmpty() ? null : new int[] { at.get(0).getBegin(), at.get(0).getEnd() };
		}
		int begin = selection.x;
		int end = selection.x + selection.y;
		return isWordSnapOn() ? WordBoundaries.snap(content.getText(), begin, end) : new int[] { begin, end };
	}

	private boolean isWordSnapOn() {
		return isToggleOn(WORD_SNAP_COMMAND, true);
	}

	private boolean isToggleOn(String commandId, boolean byDefault) {
		State state = getSite().getService(ICommandService.class).getCommand(commandId).getState("org.eclipse.ui.commands.toggleState");
		return state == null ? byDefault : Boolean.TRUE.equals(state.getValue());
	}

	/** The tag used last in this editor, if any. */
	public Optional<Tag> getLastTag() {
		return Optional.ofNullable(lastTag);
	}

	/**
	 * Deletes the span selected exactly, or else the innermost span under the caret; where there is
	 * no span, rejects the suggested claim under the caret.
	 */
	public void deleteSpanAtCaret() {
		var selection = viewer.getSelectedRange();
		SpanAnnotation span = SpanCommands.exactSpan(content, selection.x, selection.x + selection.y);
		if (span == null) {
			List<SpanAnnotation> at = SpanCommands.spansAt(content, selection.x);
			span = at.isEmpty() ? null : at.get(0);
		}
		if (span != null) {
			session.getEditingDomain().getCommandStack().execute(SpanCommands.delete(session.getEditingDomain(), List.of(span)));
		} else {
			rejectSuggestionAtCaret();
		}
	}

	/** The span a note or deletion applies to: the one selected exactly, or the innermost under the caret. */
	public Optional<SpanAnnotation> spanAtCaret() {
		var selection = viewer.getSelectedRange();
		SpanAnnotation span = SpanCommands.exactSpan(content, selection.x, selection.x + selection.y);
		if (span != null) {
			return Optional.of(span);
		}
		return SpanCommands.spansAt(content, selection.x).stream().findFirst();
	}

	/** The claim whose span is selected, or else a claim whose span holds the caret. */
	public Optional<org.collatio.model.Claim> claimAtCaret() {
		Optional<SpanAnnotation> selected = spanAtCaret();
		int caret = viewer.getSelectedRange().x;
		return content.getClaims().stream().filter(c -> selected.isPresent() && c.getSpans().contains(selected.get())).findFirst()
				.or(() -> content.getClaims().stream()
						.filter(c -> c.getSpans().stream().anyMatch(s -> s.getBegin() <= caret && caret < s.getEnd())).findFirst());
	}

	/** Selects the next (or previous) span after (before) the caret and shows it. */
	public void selectNeighbourSpan(boolean next) {
		int caret = viewer.getSelectedRange().x;
		Comparator<SpanAnnotation> byBegin = Comparator.comparingInt(SpanAnnotation::getBegin).thenComparingInt(SpanAnnotation::getEnd);
		Optional<SpanAnnotation> target = next
				? content.getSpans().stream().filter(s -> s.getBegin() > caret).min(byBegin)
				: content.getSpans().stream().filter(s -> s.getBegin() < caret).max(byBegin);
		target.ifPresent(this::select);
	}

	/** Selects a span's text and scrolls it into view. */
	public void select(SpanAnnotation span) {
		selectRange(span.getBegin(), span.getEnd());
	}

	/** Selects [begin, end) of the text (UTF-16 offsets) and scrolls it into view. */
	public void selectRange(int begin, int end) {
		viewer.setSelectedRange(begin, end - begin);
		viewer.revealRange(begin, end - begin);
	}

	private void tagByKey(VerifyEvent event) {
		if ((event.stateMask & SWT.MODIFIER_MASK) != 0 || !Character.isLetterOrDigit(event.character)) {
			return;
		}
		Tags.byKey(session.getStore().getCorpus(), String.valueOf(event.character)).ifPresent(tag -> {
			event.doit = false;
			applyTag(tag);
		});
	}

	public DocumentContent getContent() {
		return content;
	}

	public Document getDocument() {
		return document;
	}

	/** The overview ruler (for tests). */
	public SpanOverview getOverview() {
		return overview;
	}

	/** The text viewer (for tests and the views that follow the editor). */
	public SourceViewer getViewer() {
		return viewer;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		session.saveReportingErrors(getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("documents are saved in their corpus");
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public void setFocus() {
		viewer.getTextWidget().setFocus();
	}

	@Override
	public void dispose() {
		if (otherCoders != null) {
			otherCoders.dispose();
		}
		if (suggestedClaims != null) {
			suggestedClaims.dispose();
		}
		if (content != null) {
			content.eAdapters().remove(modelListener);
		}
		if (document != null && document.eContainer() instanceof org.collatio.model.Corpus corpus) {
			corpus.getTagSets().forEach(set -> set.eAdapters().remove(tagListener));
		}
		if (session != null) {
			session.removeCommandStackListener(commandStackListener);
		}
		super.dispose();
	}
}
