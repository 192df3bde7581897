/*
 * Copyright (c) 2026 Collatio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's own model code generator outside Eclipse on the model bundle.
 *
 * <pre>
 *   generate &lt;bundleDir&gt;   regenerate src-gen/ and plugin.xml of the bundle
 *   check &lt;bundleDir&gt;      generate into a temporary copy and compare it with the bundle
 * </pre>
 *
 * The bundle folder's name must be the project name used in the genmodel's modelDirectory
 * (e.g. {@code /org.collatio.model/src-gen}).
 */
public final class GenerateModel {

	/** The genmodel, relative to the bundle folder. */
	static final String GENMODEL = "model/collatio.genmodel";

	/** What the generator owns in the bundle: deleted before each run, compared by {@code check}. */
	static final List<String> GENERATED = List.of("src-gen", "plugin.xml");

	/**
	 * EMF always writes a plugin.properties (Bundle-Name/Bundle-Vendor for a localized manifest).
	 * Our hand-written MANIFEST.MF is not localized, so the file would be dead weight: it is dropped.
	 */
	static final List<String> DISCARDED = List.of("plugin.properties");

	/**
	 * Build output of the bundle: not copied for {@code check}. Neither are top-level dot files and
	 * folders (IDE settings, Tycho's short-lived .polyglot.* and .tycho-consumer-pom.xml).
	 */
	static final Set<String> IGNORED = Set.of("bin", "target");

	static final String REGENERATE_HINT =
			"./mvnw -f releng/org.collatio.codegen/pom.xml -Pgenerate compile exec:java";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		int status = run(args);
		if (status != 0) {
			System.exit(status);
		}
	}

	static int run(String[] args) throws IOException {
		if (args.length != 2 || !Set.of("generate", "check").contains(args[0])) {
			System.err.println("usage: GenerateModel generate|check <bundleDir>");
			return 2;
		}
		Path bundleDir = Path.of(args[1]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(bundleDir.resolve(GENMODEL))) {
			System.err.println("No " + GENMODEL + " in " + bundleDir);
			return 2;
		}
		if (args[0].equals("check")) {
			return check(bundleDir);
		}
		generate(bundleDir);
		System.out.println("Generated " + GENERATED + " of " + bundleDir);
		return 0;
	}

	/** Regenerates the bundle's generated files from scratch, so that stale files vanish. */
	static void generate(Path bundleDir) throws IOException {
		for (String path : GENERATED) {
			deleteRecursively(bundleDir.resolve(path));
		}
		runEmfGenerator(bundleDir);
		for (String path : DISCARDED) {
			deleteRecursively(bundleDir.resolve(path));
		}
	}

	/** Generates into a temporary copy of the bundle and reports every difference with the bundle. */
	static int check(Path bundleDir) throws IOException {
		Path tempDir = Files.createTempDirectory("collatio-codegen-");
		try {
			// Same folder name as the original: it is the project name of the genmodel's paths.
			Path copy = tempDir.resolve(bundleDir.getFileName());
			copyInputs(bundleDir, copy);
			generate(copy);

			Set<String> expected = listGeneratedFiles(copy);
			Set<String> actual = listGeneratedFiles(bundleDir);
			List<String> problems = new ArrayList<>();
			for (String file : expected) {
				if (!actual.contains(file)) {
					problems.add("missing:   " + file);
				} else if (!Arrays.equals(Files.readAllBytes(copy.resolve(file)), Files.readAllBytes(bundleDir.resolve(file)))) {
					problems.add("differs:   " + file);
				}
			}
			for (String file : actual) {
				if (!expected.contains(file)) {
					problems.add("extra:     " + file);
				}
			}
			if (problems.isEmpty()) {
				System.out.println("Generated code is up to date: " + bundleDir);
				return 0;
			}
			System.err.println("Generated code in " + bundleDir + " does not match " + GENMODEL + ":");
			problems.forEach(p -> System.err.println("  " + p));
			System.err.println("Regenerate it from the repository root with:");
			System.err.println("  " + REGENERATE_HINT);
			return 1;
		} finally {
			deleteRecursively(tempDir);
		}
	}

	/** Loads the genmodel of the bundle and runs EMF's model generator on it. */
	static void runEmfGenerator(Path bundleDir) {
		String project = bundleDir.getFileName().toString();

		// Stand-alone there is no workspace: resolve platform:/resource/<project>/ to the bundle folder.
		// This global map is consulted by every URIConverter, including the URIConverter.INSTANCE that
		// GenModel uses to read the project's MANIFEST.MF (Bundle-Name, Bundle-Vendor).
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundleDir.toString() + "/"));

		ResourceSet resourceSet = new ResourceSetImpl();
		// Stand-alone there is no extension registry either: register by hand what plugin.xml files
		// would contribute, the resource factories for .ecore/.genmodel and the GenModel package.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// A genmodel written by the Eclipse importer may refer to Ecore's own genmodel through
		// platform:/plugin/org.eclipse.emf.ecore/; point that at the root of the ecore jar.
		resourceSet.getURIConverter().getURIMap().put(
				URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
				URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));

		URI genModelUri = URI.createPlatformResourceURI(project + "/" + GENMODEL, true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		String modelDirectory = genModel.getModelDirectory();
		if (modelDirectory == null || !modelDirectory.startsWith("/" + project + "/")) {
			throw new IllegalStateException("modelDirectory " + modelDirectory + " of " + GENMODEL
					+ " is not inside project " + project + " (the name of the bundle folder)");
		}

		// Like "Reload" in the IDE, but only in memory: adds Gen* objects for new .ecore elements and
		// removes those whose elements are gone. The .genmodel file itself is never written.
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		failOnError("The genmodel is not valid", validation);

		// Use our own adapter factory registry, so nothing global is registered twice (check runs
		// generate once more in the same JVM); the IDE gets this factory from plugin.xml.
		GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
		registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator(registry);
		generator.setInput(genModel);

		// With no existing file to read it from, EMF takes the line delimiter from the system
		// property line.separator: force "\n" so the output is the same on every OS.
		String lineSeparator = System.getProperty("line.separator");
		System.setProperty("line.separator", "\n");
		try {
			Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
			failOnError("EMF code generation failed", result);
		} finally {
			System.setProperty("line.separator", lineSeparator);
			EcorePlugin.getPlatformResourceMap().remove(project);
		}
	}

	private static void failOnError(String message, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
			StringBuilder text = new StringBuilder(message).append(':');
			appendDiagnostic(text, diagnostic, "\n  ");
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				throw new IllegalStateException(text.toString());
			}
			System.err.println(text);
		}
	}

	private static void appendDiagnostic(StringBuilder text, Diagnostic diagnostic, String indent) {
		if (diagnostic.getMessage() != null) {
			text.append(indent).append(diagnostic.getMessage());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			appendDiagnostic(text, child, indent + "  ");
		}
	}

	/** Copies the bundle without the generated files and the ignored folders. */
	private static void copyInputs(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (isExcluded(from.relativize(dir))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (!isExcluded(from.relativize(file))) {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static boolean isExcluded(Path relative) {
		if (relative.toString().isEmpty()) {
			return false;
		}
		String top = relative.getName(0).toString();
		return top.startsWith(".") || GENERATED.contains(top) || DISCARDED.contains(top) || IGNORED.contains(top);
	}

	/** The files of the GENERATED paths under dir, as sorted '/'-separated relative paths. */
	private static Set<String> listGeneratedFiles(Path dir) throws IOException {
		Set<String> result = new TreeSet<>();
		for (String path : GENERATED) {
			if (Files.exists(dir.resolve(path))) {
				try (Stream<Path> files = Files.walk(dir.resolve(path))) {
					files.filter(Files::isRegularFile)
							.forEach(p -> result.add(dir.relativize(p).toString().replace('\\', '/')));
				}
			}
		}
		return result;
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
