/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Checks that the id constants of a UI bundle (views, editors, commands, command parameters,
 * contexts, popup menus: a {@code static final String} named {@code ID}, {@code ..._ID},
 * {@code ...COMMAND}, {@code ..._PARAMETER} or {@code ..._VIEW(S)} whose value starts with
 * {@code org.collatio.}) are what some plugin.xml declares or refers to, so that a renamed id in
 * Java or in plugin.xml fails a test instead of a menu. An id of another bundle's namespace
 * ({@code org.collatio.reconcile...}) is checked only where some bundle of that namespace is in the
 * test runtime. Menus and perspective folders that the workbench makes in code ({@code ..._MENU},
 * {@code ..._FOLDER}) and preference nodes are not ids of the registry and are not checked.
 */
public final class DeclaredIds {

	private static final Pattern ID_NAME = Pattern.compile("ID|.*_ID|.*COMMAND|.*_PARAMETER|.*_VIEWS?");

	/** A menu contribution's location: "menu:ID?after=additions", "popup:ID", "toolbar:ID". */
	private static final Pattern LOCATION = Pattern.compile("(?:menu|popup|toolbar):([^?]+)(?:\\?.*)?");

	private DeclaredIds() {
	}

	/** The id constants of {@code bundleName}'s classes that no extension names: "Class.FIELD = value" each. */
	public static List<String> undeclared(String bundleName) throws ReflectiveOperationException {
		Bundle bundle = Platform.getBundle(bundleName);
		if (bundle == null) {
			throw new IllegalArgumentException("no bundle " + bundleName + " in the test runtime");
		}
		Set<String> declared = declared();
		List<String> undeclared = new ArrayList<>();
		for (Field field : idFields(bundle)) {
			field.setAccessible(true);
			String value = (String) field.get(null);
			if (inRuntime(value, declared) && !isDeclared(value, declared)) {
				undeclared.add(field.getDeclaringClass().getSimpleName() + "." + field.getName() + " = " + value);
			}
		}
		return undeclared;
	}

	/** How many id constants {@code bundleName} has (a check that found none checked nothing). */
	public static int count(String bundleName) throws ReflectiveOperationException {
		return idFields(Platform.getBundle(bundleName)).size();
	}

	private static List<Field> idFields(Bundle bundle) throws ReflectiveOperationException {
		List<Field> fields = new ArrayList<>();
		for (String resource : bundle.adapt(BundleWiring.class).listResources("/", "*.class",
				BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL)) {
			Class<?> type = bundle.loadClass(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
			for (Field field : type.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
						&& ID_NAME.matcher(field.getName()).matches()) {
					field.setAccessible(true);
					if (field.get(null) instanceof String value && value.startsWith("org.collatio.")) {
						fields.add(field);
					}
				}
			}
		}
		return fields;
	}

	/** Whether the registry holds anything of {@code value}'s namespace (its first three segments: org.collatio.reconcile). */
	private static boolean inRuntime(String value, Set<String> declared) {
		String[] segments = value.split("\\.");
		String namespace = segments.length < 3 ? value : segments[0] + "." + segments[1] + "." + segments[2] + ".";
		return declared.stream().anyMatch(id -> id.startsWith(namespace));
	}

	private static boolean isDeclared(String value, Set<String> declared) {
		if (value.endsWith(".*")) { // a placeholder pattern: some declared id matches it
			String prefix = value.substring(0, value.length() - 1);
			return declared.stream().anyMatch(id -> id.startsWith(prefix));
		}
		return declared.contains(value);
	}

	/** Every attribute value of every extension, and the menu id of every location URI ("menu:ID?after=..."). */
	private static Set<String> declared() {
		Set<String> values = new HashSet<>();
		for (IExtensionPoint point : Platform.getExtensionRegistry().getExtensionPoints()) {
			for (IExtension extension : point.getExtensions()) {
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					collect(element, values);
				}
			}
		}
		return values;
	}

	private static void collect(IConfigurationElement element, Set<String> values) {
		for (String name : element.getAttributeNames()) {
			String value = element.getAttribute(name);
			values.add(value);
			Matcher location = LOCATION.matcher(value);
			if (location.matches()) {
				values.add(location.group(1));
			}
		}
		for (IConfigurationElement child : element.getChildren()) {
			collect(child, values);
		}
	}
}
