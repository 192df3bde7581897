/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.RegionKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.Stance;
import org.collatio.model.edit.ModelLabels;
import org.collatio.model.provider.CollatioItemProviderAdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** The edit layer: one display name per enum literal, and a label, icon and properties per object. */
class ModelLabelsTest {

	@Test
	void everyEnumLiteralIsNamedByOneRuleLowerCaseWordsApart() {
		int literals = 0;
		for (EClassifier classifier : CollatioPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					String expected = literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
					assertEquals(expected, ModelLabels.of(literal.getInstance()), eEnum.getName() + "." + literal.getName());
					literals++;
				}
			}
		}
		assertEquals(30, literals, "every literal of the seven enums is checked");
	}

	@Test
	void wordsThatOnceDisagreedNowAgree() {
		assertEquals("reported speech", ModelLabels.of(ClaimKind.REPORTED_SPEECH));
		assertEquals("direct quote", ModelLabels.of(ClaimKind.DIRECT_QUOTE));
		assertEquals("comment form", ModelLabels.of(RegionKind.COMMENT_FORM));
		assertEquals("organization", ModelLabels.of(EntityKind.ORGANIZATION));
		assertEquals("", ModelLabels.of((Enumerator) null));
		assertEquals(List.of("asserts", "denies", "uncertain"), List.of(ModelLabels.of(Stance.values())));
		assertSame(RelationStatus.CONFIRMED, ModelLabels.parse(RelationStatus.values(), "confirmed"));
		assertEquals(null, ModelLabels.parse(ClaimKind.values(), "REPORTED_SPEECH"));
	}

	@Test
	void everyObjectHasALabelAnIconAndPropertiesFromItsItemProvider() {
		CollatioItemProviderAdapterFactory factory = new CollatioItemProviderAdapterFactory();
		List<String> classes = new ArrayList<>();
		try {
			for (EClassifier classifier : CollatioPackage.eINSTANCE.getEClassifiers()) {
				if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
					EObject object = CollatioFactory.eINSTANCE.create(eClass);
					IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
					assertNotNull(labels, eClass.getName());
					assertFalse(labels.getText(object).isBlank(), eClass.getName());
					assertNotNull(labels.getImage(object), eClass.getName() + " has an icon");
					IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
					assertFalse(source.getPropertyDescriptors(object).isEmpty(), eClass.getName() + " has properties");
					classes.add(eClass.getName());
				}
			}
		} finally {
			factory.dispose();
		}
		assertTrue(classes.containsAll(List.of("Document", "Claim", "Entity", "Proposition", "ClaimRelation", "Tag")), classes.toString());
	}

	@Test
	void anEntityIsLabelledByItsNameAndItsKindPropertyByTheEnumLabel() {
		Entity entity = CollatioFactory.eINSTANCE.createEntity();
		entity.setCanonicalName("Vladimir Putin");
		entity.setKind(EntityKind.ORGANIZATION);
		assertEquals("Entity Vladimir Putin", ModelLabels.of(entity));

		CollatioItemProviderAdapterFactory factory = new CollatioItemProviderAdapterFactory();
		try {
			IItemPropertySource source = (IItemPropertySource) factory.adapt(entity, IItemPropertySource.class);
			IItemPropertyDescriptor kind = source.getPropertyDescriptor(entity, CollatioPackage.Literals.ENTITY__KIND);
			assertEquals("Kind", kind.getDisplayName(entity));
			assertEquals("organization", kind.getLabelProvider(entity).getText(EntityKind.ORGANIZATION));
		} finally {
			factory.dispose();
		}
		assertTrue(entity.eAdapters().isEmpty(), "disposing the factory takes its adapters off again");
	}
}
