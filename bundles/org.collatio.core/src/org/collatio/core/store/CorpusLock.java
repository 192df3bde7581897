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
 * A lock on a corpus folder, held while a {@link CorpusStore} is open: exclusive for a store that
 * may write, shared for one that only reads (several readers at once, no writer meanwhile). Uses an
 * OS file lock, so it is released by the OS when a process dies; a writer records who holds it for
 * the message shown to the one refused. A folder the user cannot write to (a read-only copy, a
 * mounted archive) is read without a lock: nobody can write there either.
 */
final class CorpusLock implements AutoCloseable {

	static final String FILE_NAME = ".collatio.lock";

	/** The lock of a folder nobody can write to. */
	static final CorpusLock NONE = new CorpusLock(null, null);

	/** The shared locks this process holds, by lock file. */
	private static final java.util.Map<Path, CorpusLock> SHARED = new java.util.HashMap<>();

	private final FileChannel channel;
	private final FileLock lock;
	/** For a shared lock: its lock file and how many stores of this process hold it. */
	private Path sharedFile;
	private int holders = 1;

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
			throw new CorpusException(file, "cannot create the lock file (" + IoProblems.reason(e) + "); to read a corpus in a folder you cannot write to, open it read-only", e);
		}
	}

	/**
	 * A shared lock for reading; {@link #NONE} when the folder cannot be written (then no writer can
	 * change it either). Refused while a writer holds the folder.
	 */
	static CorpusLock acquireShared(Path directory) throws CorpusException {
		Path file = directory.resolve(FILE_NAME);
		// the OS lock belongs to the process: readers in one process share one lock, counted
		synchronized (SHARED) {
			CorpusLock held = SHARED.get(file);
			if (held != null) {
				held.holders++;
				return held;
			}
			CorpusLock lock = lockShared(directory, file);
			if (lock.isHeld()) {
				SHARED.put(file, lock);
			}
			return lock;
		}
	}

	private static CorpusLock lockShared(Path directory, Path file) throws CorpusException {
		FileChannel channel = null;
		try {
			if (!java.nio.file.Files.exists(file) && !java.nio.file.Files.isWritable(directory)) {
				return NONE;
			}
			try {
				channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			} catch (java.nio.file.FileSystemException e) {
				if (!java.nio.file.Files.isWritable(directory) || !java.nio.file.Files.isWritable(file)) {
					return NONE; // a read-only folder or lock file: nobody writes here
				}
				throw e;
			}
			FileLock lock;
			try {
				lock = channel.tryLock(0, Long.MAX_VALUE, true);
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = readHolder(channel);
				channel.close();
				throw new CorpusLockedException(file, holder);
			}
			CorpusLock shared = new CorpusLock(channel, lock);
			shared.sharedFile = file;
			return shared;
		} catch (IOException e) {
			closeQuietly(channel);
			throw new CorpusException(file, "cannot open the lock file: " + IoProblems.reason(e), e);
		}
	}

	/** Whether this lock protects the folder (false for a folder nobody can write to). */
	boolean isHeld() {
		return lock != null;
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
		if (channel == null) {
			return;
		}
		if (sharedFile != null) {
			synchronized (SHARED) {
				if (--holders > 0) {
					return;
				}
				SHARED.remove(sharedFile);
			}
		}
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
