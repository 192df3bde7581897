/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.model.edit;

import java.util.Arrays;

import org.collatio.model.provider.CollatioEditPlugin;
import org.collatio.model.provider.CollatioItemProviderAdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * The words people read for the model's values, from the edit layer: every enum literal's display
 * name is its {@code _UI_<Enum>_<LITERAL>_literal} in this bundle's plugin.properties (the rule:
 * lower case, words apart, {@code REPORTED_SPEECH} is "reported speech"), the same key EMF's property
 * descriptors use. Views, dialogs and the exports that print labels take them from here.
 * <p>
 * Enum labels are plain strings, read on any thread. Labels of model objects go through the item
 * providers, which attach adapters to the object: call {@link #of(EObject)} on the thread that owns
 * the object (the UI thread for the live model).
 */
public final class ModelLabels {

	private ModelLabels() {
	}

	/** The display name of an enum literal of the model ("reported speech"), or "" for null. */
	public static String of(Enumerator literal) {
		if (literal == null) {
			return "";
		}
		Class<?> type = literal instanceof Enum<?> e ? e.getDeclaringClass() : literal.getClass();
		return CollatioEditPlugin.INSTANCE.getString("_UI_" + type.getSimpleName() + "_" + literal.getName() + "_literal");
	}

	/** The display names of {@code literals}, in their order (the items of a combo). */
	public static String[] of(Enumerator... literals) {
		return Arrays.stream(literals).map(ModelLabels::of).toArray(String[]::new);
	}

	/** The literal of {@code values} whose display name is {@code label}, or null when none is. */
	public static <E extends Enumerator> E parse(E[] values, String label) {
		for (E value : values) {
			if (of(value).equals(label)) {
				return value;
			}
		}
		return null;
	}

	/** The display name of a feature ("Publication Date"), as the property descriptors name it. */
	public static String feature(EStructuralFeature feature) {
		return CollatioEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
	}

	/**
	 * The item provider's text for a model object: its type and its name ("Entity Vladimir Putin"),
	 * or the type alone when it has no name. On the thread that owns the object.
	 */
	public static String of(EObject object) {
		CollatioItemProviderAdapterFactory factory = new CollatioItemProviderAdapterFactory();
		try {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
			return provider == null ? String.valueOf(object) : provider.getText(object);
		} finally {
			factory.dispose();
		}
	}
}
