/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import java.util.List;

import org.collatio.core.edit.PropertyEdits;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's source for any model object: the property descriptors of its item provider
 * (edit layer), with their names, categories, descriptions and value labels (an enum shows its
 * display name, a reference its label). What a researcher may change ({@link PropertyEdits}) is
 * edited in place when the object belongs to the session's open corpus and its layer is editable:
 * the value is checked as the dialogs check it (the cell editor shows what is wrong), and the change
 * is the command of {@code org.collatio.core.edit}, executed on the session's editing domain (undo,
 * dirty flag and save as for every change). Everything else, and objects of no open corpus, is read-only.
 */
public final class ModelPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final EditingDomain domain;

	/** Read-only sources. */
	public ModelPropertySourceProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, null);
	}

	/** Sources that change what they may through commands on {@code domain} (null: read-only). */
	public ModelPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
		this.adapterFactory = adapterFactory;
		this.domain = domain;
	}

	/** Sources over the session's open corpus (its item providers, its editing domain), or null when none is open. */
	public static ModelPropertySourceProvider of(CorpusSession session) {
		return session != null && session.getEditingDomain() instanceof AdapterFactoryEditingDomain domain
				? new ModelPropertySourceProvider(domain.getAdapterFactory(), domain) : null;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		IItemPropertySource source = object == null ? null : (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return source == null ? null : new Source(object, source, editable(object) ? domain : null);
	}

	/** Whether {@code object} belongs to the domain's corpus and may be changed there (not another coder's layer). */
	private boolean editable(Object object) {
		if (domain == null || !(object instanceof EObject model)) {
			return false;
		}
		Resource resource = model.eResource();
		return resource != null && resource.getResourceSet() == domain.getResourceSet() && !domain.isReadOnly(resource);
	}

	private record Source(Object object, IItemPropertySource source, EditingDomain domain) implements IPropertySource {

		@Override
		public Object getEditableValue() {
			return object;
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
			IPropertyDescriptor[] result = new IPropertyDescriptor[items.size()];
			for (int i = 0; i < result.length; i++) {
				IItemPropertyDescriptor item = items.get(i);
				IItemLabelProvider labels = item.getLabelProvider(object);
				LabelProvider valueLabels = new LabelProvider() {
					@Override
					public String getText(Object value) {
						return value == null ? "" : labels.getText(value);
					}
				};
				EStructuralFeature feature = editableFeature(item);
				PropertyDescriptor descriptor = feature == null ? new PropertyDescriptor(item.getId(object), item.getDisplayName(object))
						: new ModelPropertyDescriptor(item.getId(object), item.getDisplayName(object), (EObject) object, feature, valueLabels);
				descriptor.setCategory(item.getCategory(object));
				descriptor.setDescription(item.getDescription(object));
				descriptor.setLabelProvider(valueLabels);
				result[i] = descriptor;
			}
			return result;
		}

		/** The feature {@code item} shows when it is changed here, else null. */
		private EStructuralFeature editableFeature(IItemPropertyDescriptor item) {
			return domain != null && item.getFeature(object) instanceof EStructuralFeature feature && PropertyEdits.isEditable(feature)
					? feature : null;
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
			if (item == null) {
				return null;
			}
			EStructuralFeature feature = editableFeature(item);
			if (feature != null && PropertyEdits.input(feature) == PropertyEdits.Input.TEXT) {
				return PropertyEdits.text((EObject) object, feature);
			}
			Object value = item.getPropertyValue(object);
			// EMF wraps values so that nested objects can show properties of their own; show the value itself.
			return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
		}

		@Override
		public boolean isPropertySet(Object id) {
			IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
			return item != null && item.isPropertySet(object);
		}

		@Override
		public void resetPropertyValue(Object id) {
			// no defaults to go back to: a value is changed by a command, and undone with Undo
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
			EStructuralFeature feature = item == null ? null : editableFeature(item);
			if (feature == null) {
				return;
			}
			try {
				Command command = PropertyEdits.command(domain, (EObject) object, feature, value);
				if (command != null) {
					domain.getCommandStack().execute(command);
				}
			} catch (IllegalArgumentException e) {
				// the cell editor's validator shows the same problem and keeps the value from coming here
				ILog.of(getClass()).warn(e.getMessage());
			}
		}
	}
}
