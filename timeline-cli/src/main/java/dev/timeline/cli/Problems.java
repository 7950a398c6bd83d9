package dev.timeline.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** What went wrong with a file, in words a user can act on, instead of the name of a Java exception. */
final class Problems {
    private Problems() {
    }

    /** The problem alone: "no such file or folder", "permission denied", "No space left on device". */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "cannot be accessed";
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }

    /** The file and the problem, "dl/x.txt: permission denied", or the message of an exception about no file. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + of(e);
        }
        return of(e);
    }

    /**
     * Checks that {@code path} is a folder: "gold.txt: is a file; train-events wants a folder of gold .tml files", or
     * "gold: no such folder".
     *
     * @param wants what the command wants, "train-events wants a folder of gold .tml files"
     * @throws IllegalArgumentException naming the path and the problem
     */
    static void requireFolder(Path path, String wants) {
        if (Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + ": is a file; " + wants);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + ": no such folder (" + wants + ")");
        }
    }
}
