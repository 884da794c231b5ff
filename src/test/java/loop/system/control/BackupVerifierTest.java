package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import loop.system.entity.BackupManifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's archives verify; every kind of damaged or foreign archive is refused. */
class BackupVerifierTest {

  @TempDir Path dir;

  Map<String, byte[]> files;

  @BeforeEach
  void files() {
    files = new LinkedHashMap<>();
    files.put("loop.db", "SQLite format 3\0 pretend".getBytes(StandardCharsets.ISO_8859_1));
    files.put("settings.json", "{}".getBytes(StandardCharsets.UTF_8));
    files.put("media/packs/abc-fit.pack", bytes(5000, 7));
    files.put("media/thumbs/abc-fit.png", bytes(300, 3));
    files.put("media/originals/cat_0123456789ab.gif", bytes(2000, 11));
  }

  static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * seed);
    }
    return b;
  }

  /** An archive as {@link BackupWriter} writes it. */
  Path written() throws IOException {
    List<BackupWriter.Source> sources = new ArrayList<>();
    for (var e : files.entrySet()) {
      Path f = dir.resolve("src").resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
      sources.add(new BackupWriter.Source(e.getKey(), f));
    }
    Path zip = dir.resolve("backup.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      new BackupWriter("9.9.9", "2026-11-25T02:15:30Z").write(sources, true, out);
    }
    return zip;
  }

  /** An archive of exactly these entries, the manifest (if any) given as JSON text. */
  Path raw(Map<String, byte[]> entries) throws IOException {
    Path zip = dir.resolve("raw.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return zip;
  }

  /** The entries of a written archive, the manifest among them, for tampering. */
  Map<String, byte[]> entriesOfWritten() throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (var zip = new java.util.zip.ZipFile(written().toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        out.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    return out;
  }

  static byte[] manifest(BackupManifest m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManifestJson.write(m, out);
    return out.toByteArray();
  }

  BackupRefused refused(Path zip) {
    return assertThrows(BackupRefused.class, () -> BackupVerifier.verify(zip, dir.resolve("st")));
  }

  @Test
  void aWrittenArchiveVerifiesAndUnpacksByteForByte() throws IOException {
    Path staging = dir.resolve("staging");

    BackupManifest m = BackupVerifier.verify(written(), staging);

    assertEquals(BackupManifest.FORMAT, m.format());
    assertEquals(BackupManifest.VERSION, m.formatVersion());
    assertEquals("9.9.9", m.appVersion());
    assertEquals(files.keySet(), new java.util.LinkedHashSet<>(
        m.entries().stream().map(BackupManifest.Entry::name).toList()));
    for (var e : files.entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(staging.resolve(e.getKey())), e.getKey());
    }
    assertEquals(1, m.count("media/packs/"));
  }

  @Test
  void aTamperedEntryIsRefusedByName() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.get("media/packs/abc-fit.pack")[42] ^= 1;

    BackupRefused e = refused(raw(entries));

    assertEquals(422, e.status());
    assertTrue(e.getMessage().contains("'media/packs/abc-fit.pack' does not match"),
        e.getMessage());
  }

  @Test
  void anEntryOfTheWrongLengthIsRefused() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.put("media/thumbs/abc-fit.png", bytes(301, 3)); // same start, one byte longer

    assertTrue(refused(raw(entries)).getMessage().contains("abc-fit.png"));
  }

  @Test
  void aMissingEntryIsRefused() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.remove("media/originals/cat_0123456789ab.gif");

    BackupRefused e = refused(raw(entries));

    assertTrue(e.getMessage().contains("'media/originals/cat_0123456789ab.gif' listed in its "
        + "manifest is missing"), e.getMessage());
  }

  @Test
  void anExtraEntryIsRefused() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.put("media/packs/sneaky.pack", bytes(10, 1));

    assertTrue(refused(raw(entries)).getMessage()
        .contains("'media/packs/sneaky.pack' is not in its manifest"));
  }

  @Test
  void zipSlipAbsoluteAndBackslashNamesAreRefusedBeforeAnythingIsWritten() throws IOException {
    for (String name : List.of("../evil", "media/packs/../../evil", "/etc/passwd",
        "media\\packs\\x", "C:/x", "media/./packs/x")) {
      Map<String, byte[]> entries = entriesOfWritten();
      entries.put(name, bytes(10, 1));

      BackupRefused e = refused(raw(entries));

      assertTrue(e.getMessage().contains("unsafe entry name"), name + ": " + e.getMessage());
      assertTrue(Files.notExists(dir.resolve("st")), name);
    }
  }

  @Test
  void aManifestListingAnUnsafeNameIsRefused() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    BackupManifest m = new BackupManifest(BackupManifest.FORMAT, 1, "x", "y", true,
        List.of(new BackupManifest.Entry("loop.db", 1, "0".repeat(64)),
            new BackupManifest.Entry("../../x", 1, "0".repeat(64))));
    entries.put("manifest.json", manifest(m));

    assertTrue(refused(raw(entries)).getMessage().contains("unsafe entry name '../../x'"));
  }

  @Test
  void duplicateNamesAreRefused() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.put("media/packs/abc-fit.paXk", files.get("media/packs/abc-fit.pack"));
    Path zip = raw(entries);
    byte[] b = Files.readAllBytes(zip);
    Files.write(zip, replaceAll(b, "abc-fit.paXk", "abc-fit.pack")); // local and central names

    assertTrue(refused(zip).getMessage().contains("appears twice"));
  }

  @Test
  void aSymbolicLinkEntryIsRefused() throws IOException {
    Path zip = raw(entriesOfWritten());
    byte[] b = Files.readAllBytes(zip);
    int at = centralHeaderOf(b, "media/thumbs/abc-fit.png");
    b[at + 5] = 3; // version made by: Unix
    int mode = 0120777; // S_IFLNK | 0777
    b[at + 40] = (byte) mode;
    b[at + 41] = (byte) (mode >> 8);
    Files.write(zip, b);

    assertTrue(refused(zip).getMessage().contains("'media/thumbs/abc-fit.png' is a symbolic link"));
  }

  @Test
  void anArchiveWithoutAManifestIsNotALoopBackup() throws IOException {
    BackupRefused e = refused(raw(Map.of("holiday/photo.jpg", bytes(10, 1))));

    assertEquals(422, e.status());
    assertTrue(e.getMessage().startsWith("The file is not a Loop backup: it has no manifest.json"));
  }

  @Test
  void aForeignManifestIsNotALoopBackup() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    entries.put("manifest.json", "{\"name\":\"some other app\"}".getBytes());

    assertTrue(refused(raw(entries)).getMessage().startsWith("The file is not a Loop backup"));

    BackupManifest other = new BackupManifest("other-app", 1, "x", "y", true, List.of());
    entries.put("manifest.json", manifest(other));
    assertTrue(refused(raw(entries)).getMessage().contains("format 'other-app'"));
  }

  @Test
  void anUnknownFormatVersionIsRefusedWithBothVersions() throws IOException {
    Map<String, byte[]> entries = entriesOfWritten();
    BackupManifest future = new BackupManifest(BackupManifest.FORMAT, 2, "x", "y", true,
        List.of());
    entries.put("manifest.json", manifest(future));

    BackupRefused e = refused(raw(entries));

    assertEquals("The backup has format version 2; this Loop reads version 1.", e.getMessage());
  }

  @Test
  void anArchiveWithoutTheIndexIsNotALoopBackup() throws IOException {
    files.remove("loop.db");

    assertTrue(refused(written()).getMessage().contains("holds no loop.db"));
  }

  @Test
  void nonZipAndTruncatedFilesAre400() throws IOException {
    Path text = dir.resolve("notes.zip");
    Files.writeString(text, "not an archive at all");
    assertEquals(400, refused(text).status());

    byte[] whole = Files.readAllBytes(written());
    Path cut = dir.resolve("cut.zip");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    BackupRefused e = refused(cut);
    assertEquals(400, e.status());
    assertTrue(e.getMessage().startsWith("The file is not a Loop backup"), e.getMessage());
  }

  @Test
  void aCorruptCompressedEntryIsADamagedArchiveNotAServerError() throws IOException {
    Path zip = written();
    byte[] b = Files.readAllBytes(zip);
    int at = centralHeaderOf(b, "media/packs/abc-fit.pack");
    long local = (b[at + 42] & 0xff) | (b[at + 43] & 0xff) << 8 | (b[at + 44] & 0xff) << 16;
    int data = (int) local + 30 + "media/packs/abc-fit.pack".length();
    for (int i = data; i < data + 40; i++) {
      b[i] = (byte) 0xff; // garbage where the deflate stream starts
    }
    Files.write(zip, b);

    BackupRefused e = refused(zip);

    assertEquals(422, e.status());
    assertTrue(e.getMessage().contains("abc-fit.pack"), e.getMessage());
  }

  @Test
  void unexpectedLayoutNamesAreRefused() {
    for (String name : List.of("media/packs/", "media/other/x", "media/packs/.hidden",
        "media/packs/a/b", "loop.db-wal")) {
      assertThrows(BackupRefused.class, () -> BackupVerifier.checkName(name), name);
    }
  }

  static byte[] replaceAll(byte[] b, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + f.length <= b.length; i++) {
      if (java.util.Arrays.equals(b, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, b, i, t.length);
      }
    }
    return b;
  }

  /** Offset of the central directory header (PK\1\2) whose name is {@code name}. */
  static int centralHeaderOf(byte[] b, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 + n.length <= b.length; i++) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2
          && java.util.Arrays.equals(b, i + 46, i + 46 + n.length, n, 0, n.length)) {
        return i;
      }
    }
    throw new AssertionError("no central header for " + name);
  }
}
