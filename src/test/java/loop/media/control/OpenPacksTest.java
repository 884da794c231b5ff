package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import loop.media.control.pack.FramePack;
import loop.media.control.pack.FramePackWriter;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenPacksTest {

  @TempDir Path dir;
  OpenPacks cut = new OpenPacks();

  Path pack(String name) throws Exception {
    Path p = dir.resolve(name);
    try (FramePackWriter w = new FramePackWriter(p, new Geometry(2, 2), 1)) {
      w.append(new byte[8], 40);
      w.finish(0);
    }
    return p;
  }

  @Test
  void aPackIsMappedOnceWhileRecentAndAgainAfterItWasForgottenOrPushedOut() throws Exception {
    Path a = pack("a.pack");
    FramePack first = cut.open(a);

    assertSame(first, cut.open(a));
    cut.forget(a);
    FramePack second = cut.open(a);
    assertNotSame(first, second);

    for (int i = 0; i < OpenPacks.CAPACITY; i++) {
      cut.open(pack("p" + i + ".pack"));
    }
    assertNotSame(second, cut.open(a), "the least recently used pack was dropped");
  }
}
