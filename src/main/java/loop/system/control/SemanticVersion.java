package loop.system.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A version compared as Semantic Versioning orders them: {@code major.minor.patch}, missing parts
 * 0, a leading {@code v} ignored; a pre-release ({@code -SNAPSHOT}, {@code -rc.1}) comes before its
 * release; build metadata ({@code +...}) does not count. Unparseable numbers count as 0, so a
 * strange version never breaks the update check, it only looks old.
 */
public record SemanticVersion(long major, long minor, long patch, List<String> preRelease)
    implements Comparable<SemanticVersion> {

  public static SemanticVersion parse(String text) {
    String s = text.strip();
    if (s.startsWith("v") || s.startsWith("V")) {
      s = s.substring(1);
    }
    int plus = s.indexOf('+');
    if (plus >= 0) {
      s = s.substring(0, plus);
    }
    List<String> pre = new ArrayList<>();
    int dash = s.indexOf('-');
    if (dash >= 0) {
      for (String id : s.substring(dash + 1).split("\\.")) {
        if (!id.isEmpty()) {
          pre.add(id);
        }
      }
      s = s.substring(0, dash);
    }
    String[] core = s.split("\\.", -1);
    return new SemanticVersion(number(core, 0), number(core, 1), number(core, 2), List.copyOf(pre));
  }

  /** True when this version is a later one than {@code other}. */
  public boolean isNewerThan(SemanticVersion other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(SemanticVersion o) {
    int c = Long.compare(major, o.major);
    if (c == 0) {
      c = Long.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Long.compare(patch, o.patch);
    }
    return c != 0 ? c : comparePreRelease(preRelease, o.preRelease);
  }

  private static int comparePreRelease(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty()); // a release is after its pre-releases
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareIdentifier(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Numeric identifiers compare as numbers and come before alphanumeric ones. */
  private static int compareIdentifier(String x, String y) {
    boolean nx = x.chars().allMatch(Character::isDigit);
    boolean ny = y.chars().allMatch(Character::isDigit);
    if (nx && ny) {
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
    if (nx != ny) {
      return nx ? -1 : 1;
    }
    return x.compareTo(y);
  }

  private static long number(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    try {
      return Long.parseLong(parts[i]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
