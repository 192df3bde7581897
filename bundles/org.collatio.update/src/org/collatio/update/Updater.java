/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Updates the running Collatio installation (its p2 profile, {@link IProfileRegistry#SELF}) from one
 * p2 repository: the one the build makes (releng/org.collatio.product/target/repository), as a folder,
 * a file: or an https: URL. Only that repository is consulted, for metadata and artifacts alike.
 */
public final class Updater {

	/** The product's installable unit, whose version is the installation's version. */
	public static final String PRODUCT_IU = "org.collatio.product";

	/** What an update did. */
	public enum Outcome {
		/** a newer version was installed */
		UPDATED,
		/** the repository holds nothing newer than what is installed */
		UP_TO_DATE,
		/** the update could not be made; nothing was changed */
		FAILED
	}

	/**
	 * The result of {@link #update}.
	 *
	 * @param outcome what happened
	 * @param before  the installed version before, or "unknown"
	 * @param after   the installed version after (the same as before unless updated)
	 * @param message a sentence for the user
	 */
	public record Result(Outcome outcome, String before, String after, String message) {
	}

	private final IProvisioningAgent agent;

	/** @param agent the running installation's provisioning agent */
	public Updater(IProvisioningAgent agent) {
		this.agent = agent;
	}

	/**
	 * Reads what the user typed as a repository location: an absolute URI with a scheme, or a folder.
	 *
	 * @param from the location as typed
	 * @return the repository's URI
	 * @throws IllegalArgumentException with a sentence naming the location and the problem
	 */
	public static URI location(String from) {
		if (from.matches("(?i)(file|https?|jar):.*")) {
			return URI.create(from.replace(" ", "%20"));
		}
		Path folder = Path.of(from).toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException(from + ": no such folder (give the p2 repository's folder, or a file: or https: URL)");
		}
		boolean p2 = Stream.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar", "compositeContent.xml", "p2.index")
				.anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
		if (!p2) {
			throw new IllegalArgumentException(from + ": not a p2 repository (it has no content.jar, content.xml or p2.index)");
		}
		return folder.toUri();
	}

	/** @return the installed version of Collatio (its product unit), or "unknown" */
	public String installedVersion() {
		IProfile profile = profile();
		if (profile == null) {
			return "unknown";
		}
		Optional<IInstallableUnit> product = profile.query(QueryUtil.createIUQuery(PRODUCT_IU), null).stream().findFirst();
		return product.map(iu -> iu.getVersion().toString()).orElse("unknown");
	}

	/**
	 * Looks for a newer Collatio in the repository and installs it.
	 *
	 * @param repository the repository
	 * @param monitor    progress and cancel
	 * @return what happened
	 */
	public Result update(URI repository, IProgressMonitor monitor) {
		String before = installedVersion();
		if (profile() == null) {
			return new Result(Outcome.FAILED, before, before, "This Collatio has no p2 profile to update (was it unpacked from the product archive?).");
		}
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		operation.getProvisioningContext().setMetadataRepositories(repository);
		operation.getProvisioningContext().setArtifactRepositories(repository);
		IStatus resolved = operation.resolveModal(monitor);
		if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return new Result(Outcome.UP_TO_DATE, before, before, "Collatio " + before + " is up to date: " + repository + " holds nothing newer.");
		}
		if (!resolved.isOK() && resolved.getSeverity() != IStatus.INFO) {
			return new Result(Outcome.FAILED, before, before, "No update from " + repository + ": " + describe(resolved));
		}
		ProvisioningJob job = operation.getProvisioningJob(monitor);
		if (job == null) {
			return new Result(Outcome.FAILED, before, before, "No update from " + repository + ": " + describe(operation.getResolutionResult()));
		}
		IStatus done = job.runModal(monitor);
		if (!done.isOK() && done.getSeverity() != IStatus.INFO && done.getSeverity() != IStatus.WARNING) {
			return new Result(Outcome.FAILED, before, installedVersion(), "The update from " + repository + " failed: " + describe(done));
		}
		String after = installedVersion();
		return new Result(Outcome.UPDATED, before, after, "Updated Collatio " + before + " to " + after + ". Start Collatio again to use it.");
	}

	private IProfile profile() {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		return registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("; ").append(describe(child));
		}
		return text.toString();
	}
}
