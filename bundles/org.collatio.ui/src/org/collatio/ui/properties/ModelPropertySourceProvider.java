/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
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
 * display name, a reference its label). Read-only: values change through the commands of
 * {@code org.collatio.core.edit}, which the views' dialogs build and validate (dates, names).
 */
public final class ModelPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ModelPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		IItemPropertySource source = object == null ? null : (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return source == null ? null : new Source(object, source);
	}

	private record Source(Object object, IItemPropertySource source) implements IPropertySource {

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
				PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
				descriptor.setCategory(item.getCategory(object));
				descriptor.setDescription(item.getDescription(object));
				IItemLabelProvider labels = item.getLabelProvider(object);
				descriptor.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object value) {
						return value == null ? "" : labels.getText(value);
					}
				});
				result[i] = descriptor;
			}
			return result;
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
			Object value = item == null ? null : item.getPropertyValue(object);
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
			// read-only
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			// read-only
		}
	}
}
