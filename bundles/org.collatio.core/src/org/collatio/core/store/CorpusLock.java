/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on a corpus folder, held while a {@link CorpusStore} is open. Uses an OS file
 * lock, so it is released by the OS when a process dies, and records who holds it for the message
 * shown to the one refused.
 */
final class CorpusLock implements AutoCloseable {

	static final String FILE_NAME = ".collatio.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private CorpusLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static CorpusLock acquire(Path directory) throws CorpusException {
		Path file = directory.resolve(FILE_NAME);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = readHolder(channel);
				channel.close();
				throw new CorpusLockedException(file, holder);
			}
			byte[] me = ("pid " + ProcessHandle.current().pid() + ", since " + Instant.now()).getBytes(StandardCharsets.UTF_8);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(me), 0);
			return new CorpusLock(channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new CorpusException(file, "cannot create the lock file: " + e.getMessage(), e);
		}
	}

	private static String readHolder(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(200);
		channel.read(buffer, 0);
		return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException ignored) {
				// already failing
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
