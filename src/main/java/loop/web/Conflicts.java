package loop.web;

import java.util.function.Supplier;

/**
 * Turns a lost optimistic-lock race (two writers committing the same version at once) into the
 * same answer as a stale version sent by the client: 409 with the current state, read afresh.
 */
public final class Conflicts {

  private Conflicts() {}

  /** Runs {@code change}; on a lock conflict answers 409 with {@code current}'s fresh value. */
  public static <T> T reported(Supplier<T> change, Supplier<?> current) {
    try {
      return change.get();
    } catch (RuntimeException e) {
      if (UnexpectedExceptionMapper.causedByLockConflict(e)) {
        throw ApiException.conflict(
            "Someone else changed this at the same moment; here is the current state.",
            current.get());
      }
      throw e;
    }
  }
}
