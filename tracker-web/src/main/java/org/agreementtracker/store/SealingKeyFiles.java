package org.agreementtracker.store;

import org.agreementtracker.api.classification.SealingKeys;
import org.agreementtracker.configuration.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The keys classified content is sealed with, from configuration ({@code tracker.classification.sealing.keys}) or
 * from key files {@code <key-dir>/<NAME>.<version>.key}, each holding the key in Base64; never from the store. A key
 * is in one of the two places, its versions numbered 1, 2, ... without a gap. To rotate a key, add its next version:
 * new content is sealed with it, and the older versions stay to open what they sealed.
 */
final class SealingKeyFiles {

    private static final Logger log = LoggerFactory.getLogger(SealingKeyFiles.class);
    private static final Pattern KEY_FILE = Pattern.compile("(.+)\\.(\\d+)\\.key");
    private static final String PROPERTY = "tracker.classification.sealing";

    private SealingKeyFiles() {
    }

    /**
     * The keys named {@code needed} and any others found.
     *
     * @param generate whether a key found nowhere is generated as version 1 in {@code keyDir}
     * @throws InvalidConfigurationException a key is missing, unreadable, not Base64, of the wrong length, given in
     *                                       both places, or has a gap in its versions
     */
    static SealingKeys load(List<String> needed, Map<String, List<String>> configured, Path keyDir,
                            boolean generate) {
        Map<String, TreeMap<Integer, byte[]>> found = new TreeMap<>();
        configured.forEach((name, versions) -> {
            TreeMap<Integer, byte[]> byVersion = new TreeMap<>();
            for (int i = 0; i < versions.size(); i++) {
                byVersion.put(i + 1, decode(versions.get(i), PROPERTY + ".keys." + name + "[" + i + "]"));
            }
            found.put(name, byVersion);
        });
        readFiles(keyDir, found, configured);
        List<String> missing = new ArrayList<>();
        for (String name : needed) {
            if (!found.containsKey(name)) {
                if (generate) {
                    found.put(name, new TreeMap<>(Map.of(1, generated(keyDir, name))));
                } else {
                    missing.add(name);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidConfigurationException(
                    PROPERTY + ": there is no key " + String.join(", ", missing) + " to seal classified content with "
                            + "(one key per level from " + PROPERTY + ".from up, and per compartment)",
                    "Put each key, 32 random bytes in Base64 (openssl rand -base64 32), in " + keyDir
                            + "/<NAME>.1.key or in " + PROPERTY + ".keys.<NAME>[0]; the same keys on every node");
        }
        Map<String, List<byte[]>> keys = new TreeMap<>();
        found.forEach((name, byVersion) -> {
            if (byVersion.lastKey() != byVersion.size()) {
                throw new InvalidConfigurationException(
                        PROPERTY + ": key " + name + " has versions " + byVersion.keySet() + " in " + keyDir,
                        "Number the versions of a key 1, 2, ... without a gap: every version opens what it sealed");
            }
            keys.put(name, List.copyOf(byVersion.values()));
        });
        try {
            return SealingKeys.of(keys);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidConfigurationException(PROPERTY + ": " + invalid.getMessage(),
                                                    "Give each key as 32 random bytes in Base64");
        }
    }

    private static void readFiles(Path keyDir, Map<String, TreeMap<Integer, byte[]>> found,
                                  Map<String, List<String>> configured) {
        if (!Files.isDirectory(keyDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(keyDir)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = KEY_FILE.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                if (configured.containsKey(name.group(1))) {
                    throw new InvalidConfigurationException(
                            PROPERTY + ": key " + name.group(1) + " is both in configuration and in " + file,
                            "Keep each key in one place");
                }
                found.computeIfAbsent(name.group(1), n -> new TreeMap<>())
                     .put(Integer.parseInt(name.group(2)),
                          decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sealing keys in " + keyDir, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidConfigurationException(PROPERTY + ": the key in " + where + " is not Base64",
                                                    "Give each key as 32 random bytes in Base64");
        }
    }

    /** A new random key, written where only this user can read it. */
    private static byte[] generated(Path keyDir, String name) {
        byte[] key = SealingKeys.newKey();
        Path file = keyDir.resolve(name + ".1.key");
        try {
            Files.createDirectories(keyDir);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("{} keeps the permissions its file system gives it", file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Key file " + file + " appeared while the keys were read", raced);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sealing key " + file, e);
        }
        log.warn("Generated sealing key {} in {}: keep it, and the key directory, apart from the store's backups",
                 name, file);
        return key;
    }
}
