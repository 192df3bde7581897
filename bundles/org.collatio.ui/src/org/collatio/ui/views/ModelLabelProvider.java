/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import java.net.URL;
import java.util.function.Supplier;

import org.collatio.ui.session.CorpusSession;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over the edit layer's item providers (what emf.edit.ui's
 * AdapterFactoryLabelProvider does; that bundle is not on Maven Central): the text and icon of a
 * model object are its item provider's. Icons are made once per provider and freed with it.
 * Use it on the UI thread, with the session's adapter factory
 * ({@code ((AdapterFactoryEditingDomain) session.getEditingDomain()).getAdapterFactory()}).
 */
public class ModelLabelProvider extends LabelProvider {

	private final Supplier<AdapterFactory> adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ModelLabelProvider(AdapterFactory adapterFactory) {
		this(() -> adapterFactory);
	}

	/** Asks {@code adapterFactory} each time (it changes when another corpus opens). */
	public ModelLabelProvider(Supplier<AdapterFactory> adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** Labels through the item providers of the session's editing domain, whichever corpus is open. */
	public static ModelLabelProvider of(CorpusSession session) {
		return new ModelLabelProvider(() -> session.getEditingDomain() instanceof AdapterFactoryEditingDomain domain ? domain.getAdapterFactory() : null);
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	/** An icon the edit layer names (a URL into its bundle), or null. */
	protected Image image(Object icon) {
		return icon instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	private IItemLabelProvider provider(Object element) {
		AdapterFactory factory = adapterFactory.get();
		return element == null || factory == null ? null : (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
