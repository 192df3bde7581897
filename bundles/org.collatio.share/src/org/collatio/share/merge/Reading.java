/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the three versions of a file: one after the other when they are small, at the same time
 * when they are large (corpus.xmi at project scale), each in a resource set of its own. A failure is
 * reported for the first failing version in the order base, mine, theirs, whatever finished first.
 */
final class Reading {

	/** From this size (all three together), the versions are read at the same time. */
	private static final long PARALLEL_FROM = 1 << 20;

	private Reading() {
	}

	/** The versions base, mine, theirs; null for a missing one. */
	static XmiVersion[] all(String path, byte[] base, byte[] mine, byte[] theirs) throws MergeException {
		byte[][] bytes = { base, mine, theirs };
		Side[] sides = { Side.BASE, Side.MINE, Side.THEIRS };
		long size = 0;
		for (byte[] version : bytes) {
			size += version == null ? 0 : version.length;
		}
		XmiVersion[] versions = new XmiVersion[3];
		if (size < PARALLEL_FROM) {
			for (int i = 0; i < 3; i++) {
				versions[i] = bytes[i] == null ? null : XmiVersion.read(path, sides[i], bytes[i]);
			}
			return versions;
		}
		List<Future<XmiVersion>> reads = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 3; i++) {
				byte[] version = bytes[i];
				Side side = sides[i];
				reads.add(version == null ? null : threads.submit(() -> XmiVersion.read(path, side, version)));
			}
			for (int i = 0; i < 3; i++) {
				versions[i] = reads.get(i) == null ? null : reads.get(i).get();
			}
		} catch (ExecutionException e) {
			throw firstFailure(reads, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new MergeException(path + ": interrupted while reading the versions", e);
		}
		return versions;
	}

	/** The failure of the first version that failed (all reads have ended: the executor was closed). */
	private static MergeException firstFailure(List<Future<XmiVersion>> reads, ExecutionException any) {
		for (Future<XmiVersion> read : reads) {
			if (read != null && read.state() == Future.State.FAILED && read.exceptionNow() instanceof MergeException failure) {
				return failure;
			}
		}
		if (any.getCause() instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (any.getCause() instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(any.getCause());
	}
}
