package io.github.boithuong.examples.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest known name by edit distance, when close enough. */
final class Suggestions {

  private Suggestions() {}

  static Optional<String> closest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, given.length() / 3);
    for (String k : known) {
      String lower = k.toLowerCase(Locale.ROOT);
      if (Math.abs(g.length() - lower.length()) > limit) {
        // The distance is at least the difference of the lengths: too far to suggest. Skipping it
        // keeps a huge name (megabytes in a file) from costing its length times every known name.
        continue;
      }
      int d = distance(g, lower);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
