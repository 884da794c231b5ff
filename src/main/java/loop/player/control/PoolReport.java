package loop.player.control;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What Liberty's connection pools hold, for the log when playback stalls: the server's own
 * account ({@code showPoolContents} of each connection manager MBean) of every connection in use,
 * which transaction or thread it belongs to and what waits. The stall this was made for had its
 * one connection held by something that was no longer a running thread, which a thread report
 * cannot name.
 */
public final class PoolReport {

  static final String MANAGERS =
      "WebSphere:type=com.ibm.ws.jca.cm.mbean.ConnectionManagerMBean,*";

  private PoolReport() {}

  /** The report for this server now; a sentence when there is no pool to ask. */
  public static String now() {
    return of(ManagementFactory.getPlatformMBeanServer());
  }

  static String of(MBeanServer server) {
    StringBuilder out = new StringBuilder();
    try {
      Set<ObjectName> managers = server.queryNames(new ObjectName(MANAGERS), null);
      for (ObjectName m : managers) {
        out.append(m).append('\n')
            .append(server.invoke(m, "showPoolContents", new Object[0], new String[0]))
            .append('\n');
      }
    } catch (JMException | RuntimeException e) {
      out.append("the connection pools could not be asked: ").append(e).append('\n');
    }
    return out.length() == 0 ? "no connection manager is registered\n" : out.toString();
  }
}
