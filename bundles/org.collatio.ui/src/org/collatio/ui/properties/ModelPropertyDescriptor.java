/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.collatio.core.edit.PropertyEdits;
import org.collatio.core.edit.PropertyEdits.Input;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A property the Properties view edits in place (what emf.edit.ui's PropertyDescriptor does for EMF
 * editors; that bundle is not on Maven Central): typed text, or one of the choices core offers
 * (enum literals by their display names, the corpus's entities or propositions by their labels, and
 * "(none)" where the property may be empty). The value is checked with {@link PropertyEdits#problem},
 * the same check as the command's, and the cell editor shows the problem until the value is right.
 */
final class ModelPropertyDescriptor extends PropertyDescriptor {

	/** Stands for "no value" in a list of choices (a viewer holds no null). */
	static final Object NONE = new Object() {
		@Override
		public String toString() {
			return "(none)";
		}
	};

	private final EObject object;
	private final EStructuralFeature feature;
	private final ILabelProvider valueLabels;

	ModelPropertyDescriptor(Object id, String displayName, EObject object, EStructuralFeature feature, ILabelProvider valueLabels) {
		super(id, displayName);
		this.object = object;
		this.feature = feature;
		this.valueLabels = valueLabels;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		CellEditor editor = PropertyEdits.input(feature) == Input.TEXT ? new TextCellEditor(parent) : choices(parent);
		editor.setValidator(value -> PropertyEdits.problem(object, feature, value == NONE ? null : value));
		return editor;
	}

	private CellEditor choices(Composite parent) {
		ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY) {
			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(value == null ? NONE : value);
			}

			@Override
			protected Object doGetValue() {
				Object value = super.doGetValue();
				return value == NONE ? null : value;
			}
		};
		editor.setContentProvider(ArrayContentProvider.getInstance());
		editor.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? NONE.toString() : valueLabels.getText(element);
			}
		});
		List<Object> choices = new ArrayList<>();
		PropertyEdits.choices(object, feature).forEach(choice -> choices.add(choice == null ? NONE : choice));
		editor.setInput(choices);
		editor.setActivationStyle(ComboBoxViewerCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION);
		return editor;
	}
}
