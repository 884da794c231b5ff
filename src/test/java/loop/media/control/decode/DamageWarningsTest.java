package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamageWarningsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Corrupt JPEG data: premature end of data segment | true",
    "Corrupt JPEG data: bad Huffman code | true",
    "Corrupt JPEG data: found marker 0xd9 instead of RST3 | true",
    "Premature end of JPEG file | true",
    "Truncated File - Missing EOI marker | true",
    "Corrupt JPEG data: 2 extraneous bytes before marker 0xd9 | false",
    "No embedded ICC color profile, will convert using inaccurate CMYK to RGB conversion. | false",
    "Truncated JFIF thumbnail | false",
    "Invalid Adobe App14 marker. Ignoring Adobe App14 marker. | false",
  })
  void onlyMissingOrBrokenPictureDataCounts(String warning, boolean damage) {
    assertEquals(damage, DamageWarnings.isDamage(warning));
  }

  @Test
  void theFirstDamageWarningIsKept() {
    // given
    DamageWarnings cut = new DamageWarnings();

    // when
    cut.warningOccurred(null, "Truncated JFIF thumbnail");
    cut.warningOccurred(null, "Truncated File - Missing EOI marker");
    cut.warningOccurred(null, "Corrupt JPEG data: premature end of data segment");

    // then
    assertEquals(Optional.of("Truncated File - Missing EOI marker"), cut.damage());
  }

  @Test
  void harmlessWarningsLeaveNoDamage() {
    DamageWarnings cut = new DamageWarnings();

    cut.warningOccurred(null, "Corrupt JPEG data: 1 extraneous bytes before marker 0xc4");

    assertEquals(Optional.empty(), cut.damage());
  }
}
