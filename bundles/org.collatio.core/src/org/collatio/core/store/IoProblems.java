/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Says what went wrong with a file in words, without repeating its path: the JDK's file system
 * exceptions often carry nothing but the path as their message ("cannot be read: /path").
 */
public final class IoProblems {

	private IoProblems() {
	}

	/** The reason of an I/O failure, e.g. "permission denied", "no such file or folder". */
	public static String reason(IOException e) {
		String reason = switch (e) {
		case AccessDeniedException a -> "permission denied";
		case NoSuchFileException n -> "no such file or folder";
		case FileAlreadyExistsException f -> "it already exists";
		case NotDirectoryException n -> "not a folder";
		case DirectoryNotEmptyException d -> "the folder is not empty";
		case FileSystemLoopException l -> "a symbolic link loop";
		case CharacterCodingException c -> "not valid in its character encoding";
		case FileSystemException f -> f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
		default -> e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
		};
		return reason.contains("No space left") ? "the disk is full (no space left on the device)" : reason;
	}

	/** The reason of a failure that may not be an I/O failure. */
	public static String reason(Throwable t) {
		if (t instanceof IOException io) {
			return reason(io);
		}
		if (t instanceof ReadOnlyFileSystemException) {
			return "the file system is read-only";
		}
		return t.getMessage() != null && !t.getMessage().isBlank() ? t.getMessage() : t.getClass().getSimpleName();
	}
}
