package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WifiCredentialsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Bob's iPhone", "a:b:c", "  spaced  ", "x", "Café ☕ Wi-Fi",
      "$(rm -rf /); `x` | y > z", "\"quoted\"", "12345678901234567890123456789012"})
  void legalSsidsPass(String ssid) {
    assertTrue(WifiCredentials.ssidProblem(ssid).isEmpty(), ssid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123456789012345678901234567890123", "ééééééééééééééééé",
      "line\nbreak", "nul\u0000"})
  void illegalSsidsAreRefusedWithASentence(String ssid) {
    assertTrue(WifiCredentials.ssidProblem(ssid).orElseThrow().endsWith("."), ssid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678", "pass word with 'quotes' & $", "~!@#$%^&*()_+{}|:<>?",
      "123456789012345678901234567890123456789012345678901234567890123",
      "0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef"})
  void legalPasswordsPass(String password) {
    assertTrue(WifiCredentials.passwordProblem(password).isEmpty(), password);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", "pässwört1",
      "tab\there1"})
  void illegalPasswordsAreRefusedWithASentence(String password) {
    assertTrue(WifiCredentials.passwordProblem(password).orElseThrow().endsWith("."), password);
  }
}
