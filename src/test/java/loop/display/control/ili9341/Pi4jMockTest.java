package loop.display.control.ili9341;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh Pi4J Context per test on the MockPlatform, with explicit providers (Pi4J's ComponentTest
 * pattern): digital outputs and SPI that record onto {@link #wire}, and PWM.
 */
abstract class Pi4jMockTest {

  // strong references: JUL forgets the level of a logger nobody holds
  private static final Logger PI4J = Logger.getLogger("com.pi4j");
  private static final Logger BOARD_INFO = Logger.getLogger("com.pi4j.boardinfo");
  private static final Logger SINK = Logger.getLogger(Backlight.class.getName());

  static final int DC_PIN = 25;
  static final int RESET_PIN = 27;

  final WireLog wire = new WireLog();
  final List<LogRecord> logged = new ArrayList<>();
  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  RecordingSpiProvider spi;
  Context pi4j;

  @BeforeEach
  void mockContext() {
    // the mock SPI logs every transfer in hex at INFO; board detection fails loudly off a Pi
    PI4J.setLevel(Level.WARNING);
    BOARD_INFO.setLevel(Level.OFF);
    SINK.addHandler(capture);
    SINK.setUseParentHandlers(false);
    pi4j = context(true);
  }

  @AfterEach
  void shutdownContext() {
    pi4j.shutdown();
    SINK.removeHandler(capture);
    SINK.setUseParentHandlers(true);
  }

  /** What the backlight choice logged at WARNING or above, one message a line. */
  String warnings() {
    return logged.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogRecord::getMessage)
        .collect(Collectors.joining("\n"));
  }

  /** A mock context with or without a PWM provider; replaces {@link #spi}. */
  Context context(boolean withPwm) {
    spi = new RecordingSpiProvider(wire, DC_PIN);
    ContextBuilder builder =
        Pi4J.newContextBuilder()
            .add(new MockPlatform())
            .add(new RecordingDigitalOutputProvider(wire, RESET_PIN), spi)
            .disableShutdownHook();
    if (withPwm) {
      builder.add(MockPwmProvider.newInstance());
    }
    return builder.build();
  }
}
