package it.loop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other IT (its own failsafe execution, see pom.xml) and reads what {@link Contract} recorded: every documented route and method must have been
 * exercised, and every route family must have answered at least one error. When only some ITs
 * ran ({@code -Dit.test=...}) it skips itself.
 */
class ContractCoverageIT {

  /** Families whose error answers need a broken device; unit tests cover those. */
  static final Map<String, String> NO_ERROR_NEEDED = Map.of(
      "/health", "503 needs a full disk or heap (DataDirReadinessCheckTest, HeapLivenessCheck)");

  record Line(String kind, String method, String route, int status, String caller) {
    static Line of(String text) {
      String[] f = text.split(" ");
      return new Line(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]);
    }
  }

  @Test
  void everyDocumentedRouteAndAnErrorPerFamilyWereExercised() throws IOException {
    List<Line> lines = Files.exists(Contract.EXERCISED)
        ? Files.readAllLines(Contract.EXERCISED).stream().filter(l -> !l.isBlank())
            .map(Line::of).toList()
        : List.of();
    Set<String> missingClasses = new TreeSet<>(itClasses());
    lines.forEach(l -> missingClasses.remove(l.caller()));
    Assumptions.assumeTrue(missingClasses.isEmpty(),
        "a partial IT run (these did not run: " + missingClasses + "); coverage not checked");

    Set<String> exercised = lines.stream().filter(l -> l.kind().equals("op"))
        .map(l -> l.method() + " " + l.route()).collect(Collectors.toSet());
    Set<String> notExercised = new TreeSet<>(OpenApi.load().operations());
    notExercised.removeAll(exercised);
    assertEquals(Set.of(), notExercised, "documented operations no IT exercised");

    Set<String> families = new TreeSet<>();
    OpenApi.load().operations().forEach(op -> families.add(family(op.split(" ")[1])));
    lines.stream().filter(l -> l.status() >= 400).forEach(l -> families.remove(family(l.route())));
    families.removeAll(NO_ERROR_NEEDED.keySet());
    assertEquals(Set.of(), families, "route families that never answered an error in the ITs");
  }

  /** {@code /api/media/{slug}} → {@code /api/media}; {@code /health/live} → {@code /health}. */
  static String family(String route) {
    String[] s = route.split("/");
    return s.length > 2 && s[1].equals("api") ? "/api/" + s[2] : "/" + (s.length > 1 ? s[1] : "");
  }

  /** Every IT class compiled in this module, except this one. */
  static Set<String> itClasses() throws IOException {
    Path root = Path.of("target/test-classes");
    try (Stream<Path> files = Files.walk(root.resolve("it"))) {
      return files.map(p -> root.relativize(p).toString())
          .filter(n -> n.endsWith("IT.class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> !n.equals(ContractCoverageIT.class.getName()))
          .filter(n -> !isAbstract(n)) // a base class runs no tests of its own
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static boolean isAbstract(String className) {
    try {
      return java.lang.reflect.Modifier.isAbstract(Class.forName(className).getModifiers());
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
