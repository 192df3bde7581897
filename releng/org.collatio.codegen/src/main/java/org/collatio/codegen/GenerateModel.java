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
 * Runs EMF's own code generator outside Eclipse on the model bundle and its edit bundle.
 *
 * <pre>
 *   generate &lt;bundleDir&gt;   regenerate the generated files of the model bundle and the edit bundle
 *   check &lt;bundleDir&gt;      generate into a temporary copy of both and compare it with them
 * </pre>
 *
 * The bundle folder's name must be the project name used in the genmodel's modelDirectory
 * (e.g. {@code /org.collatio.model/src-gen}); the edit bundle is its sibling folder named by the
 * genmodel's editDirectory (e.g. {@code /org.collatio.model.edit/src-gen}).
 */
public final class GenerateModel {

	/** The genmodel, relative to the bundle folder. */
	static final String GENMODEL = "model/collatio.genmodel";

	/** What the generator owns in the model bundle: deleted before each run, compared by {@code check}. */
	static final List<String> GENERATED = List.of("src-gen", "plugin.xml");

	/** What the generator owns in the edit bundle: the item providers, their icons and plugin.xml. */
	static final List<String> EDIT_GENERATED = List.of("src-gen", "icons", "plugin.xml");

	/**
	 * The edit bundle's plugin.properties holds the labels (of types, features and enum literals):
	 * EMF merges it, adding the keys of new model elements and keeping the values we wrote (such as
	 * the enum literals' display names). It is an input and an output: kept before a run, compared
	 * by {@code check}.
	 */
	static final List<String> EDIT_MERGED = List.of("plugin.properties");

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

	/** One bundle the generator writes: which of EMF's project types, where, and what it owns. */
	record Part(Object projectType, List<String> generated, List<String> merged, List<String> discarded) {

		List<String> compared() {
			List<String> all = new ArrayList<>(generated);
			all.addAll(merged);
			return all;
		}

		boolean excluded(String top) {
			return top.startsWith(".") || generated.contains(top) || discarded.contains(top) || IGNORED.contains(top);
		}
	}

	static final Part MODEL = new Part(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GENERATED, List.of(), DISCARDED);

	static final Part EDIT = new Part(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, EDIT_GENERATED, EDIT_MERGED, List.of());

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
		generate(bundleDir, editBundleDir(bundleDir));
		System.out.println("Generated " + GENERATED + " of " + bundleDir + " and " + EDIT_GENERATED + " of " + editBundleDir(bundleDir));
		return 0;
	}

	/** The edit bundle beside the model bundle: the project of the genmodel's editDirectory. */
	static Path editBundleDir(Path bundleDir) throws IOException {
		String genModel = Files.readString(bundleDir.resolve(GENMODEL));
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("editDirectory=\"/([^/\"]+)/").matcher(genModel);
		if (!m.find()) {
			throw new IllegalStateException(GENMODEL + " names no editDirectory");
		}
		return bundleDir.resolveSibling(m.group(1));
	}

	/** Regenerates both bundles' generated files from scratch, so that stale files vanish. */
	static void generate(Path bundleDir, Path editDir) throws IOException {
		for (String path : MODEL.generated()) {
			deleteRecursively(bundleDir.resolve(path));
		}
		for (String path : EDIT.generated()) {
			deleteRecursively(editDir.resolve(path));
		}
		Files.createDirectories(editDir);
		runEmfGenerator(bundleDir, editDir);
		for (String path : MODEL.discarded()) {
			deleteRecursively(bundleDir.resolve(path));
		}
	}

	/** Generates into a temporary copy of both bundles and reports every difference with them. */
	static int check(Path bundleDir) throws IOException {
		Path editDir = editBundleDir(bundleDir);
		Path tempDir = Files.createTempDirectory("collatio-codegen-");
		try {
			// Same folder names as the originals: they are the project names of the genmodel's paths.
			Path copy = tempDir.resolve(bundleDir.getFileName());
			Path editCopy = tempDir.resolve(editDir.getFileName());
			copyInputs(bundleDir, copy, MODEL);
			if (Files.isDirectory(editDir)) {
				copyInputs(editDir, editCopy, EDIT);
			}
			generate(copy, editCopy);

			List<String> problems = new ArrayList<>();
			compare(copy, bundleDir, MODEL, problems);
			compare(editCopy, editDir, EDIT, problems);
			if (problems.isEmpty()) {
				System.out.println("Generated code is up to date: " + bundleDir + ", " + editDir);
				return 0;
			}
			System.err.println("Generated code in " + bundleDir + " or " + editDir + " does not match " + GENMODEL + ":");
			problems.forEach(p -> System.err.println("  " + p));
			System.err.println("Regenerate it from the repository root with:");
			System.err.println("  " + REGENERATE_HINT);
			return 1;
		} finally {
			deleteRecursively(tempDir);
		}
	}

	/** Adds to {@code problems} each file of {@code part} that differs between the expected and actual bundle. */
	private static void compare(Path expectedDir, Path actualDir, Part part, List<String> problems) throws IOException {
		Set<String> expected = listGeneratedFiles(expectedDir, part);
		Set<String> actual = listGeneratedFiles(actualDir, part);
		String bundle = actualDir.getFileName() + "/";
		for (String file : expected) {
			if (!actual.contains(file)) {
				problems.add("missing:   " + bundle + file);
			} else if (!Arrays.equals(Files.readAllBytes(expectedDir.resolve(file)), Files.readAllBytes(actualDir.resolve(file)))) {
				problems.add("differs:   " + bundle + file);
			}
		}
		for (String file : actual) {
			if (!expected.contains(file)) {
				problems.add("extra:     " + bundle + file);
			}
		}
	}

	/** Loads the genmodel of the bundle and runs EMF's model and edit generators on it. */
	static void runEmfGenerator(Path bundleDir, Path editDir) {
		String project = bundleDir.getFileName().toString();
		String editProject = editDir.getFileName().toString();

		// Stand-alone there is no workspace: resolve platform:/resource/<project>/ to the bundle folder.
		// This global map is consulted by every URIConverter, including the URIConverter.INSTANCE that
		// GenModel uses to read the project's MANIFEST.MF (Bundle-Name, Bundle-Vendor).
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundleDir.toString() + "/"));
		EcorePlugin.getPlatformResourceMap().put(editProject, URI.createFileURI(editDir.toString() + "/"));

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
		if (!("/" + editProject + "/src-gen").equals(genModel.getEditDirectory())) {
			throw new IllegalStateException("editDirectory " + genModel.getEditDirectory() + " of " + GENMODEL
					+ " is not /" + editProject + "/src-gen");
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
			for (Part part : List.of(MODEL, EDIT)) {
				Diagnostic result = generator.generate(genModel, part.projectType(), new BasicMonitor());
				failOnError("EMF code generation failed", result);
			}
		} finally {
			System.setProperty("line.separator", lineSeparator);
			EcorePlugin.getPlatformResourceMap().remove(project);
			EcorePlugin.getPlatformResourceMap().remove(editProject);
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
	private static void copyInputs(Path from, Path to, Part part) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (isExcluded(from.relativize(dir), part)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (!isExcluded(from.relativize(file), part)) {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static boolean isExcluded(Path relative, Part part) {
		return !relative.toString().isEmpty() && part.excluded(relative.getName(0).toString());
	}

	/** The files of the part's generated and merged paths under dir, as sorted '/'-separated relative paths. */
	private static Set<String> listGeneratedFiles(Path dir, Part part) throws IOException {
		Set<String> result = new TreeSet<>();
		for (String path : part.compared()) {
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
