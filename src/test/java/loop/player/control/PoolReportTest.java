package loop.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.junit.jupiter.api.Test;

class PoolReportTest {

  /** The operation Liberty's connection manager MBean offers (the name the report invokes). */
  public interface Manager {
    String showPoolContents();
  }

  @Test
  void asksEveryConnectionManagerForItsPoolContents() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName("WebSphere:type=com.ibm.ws.jca.cm.mbean."
        + "ConnectionManagerMBean,jndiName=jdbc/loop,name=dataSource[loopDS]");
    Manager manager = () -> "PoolManager name:jdbc/loop\nShared Connection information: "
        + "MCWrapper id 1 ... ThreadId: 0000004a";
    server.registerMBean(new StandardMBean(manager, Manager.class), name);

    String report = PoolReport.of(server);

    assertTrue(report.startsWith(name + "\nPoolManager name:jdbc/loop"), report);
    assertTrue(report.contains("ThreadId: 0000004a"), report);
  }

  @Test
  void saysSoWhenThereIsNoPoolToAsk() {
    assertEquals("no connection manager is registered\n",
        PoolReport.of(MBeanServerFactory.newMBeanServer()));
    assertEquals("no connection manager is registered\n", PoolReport.now(),
        "outside Liberty the platform server has no pools");
  }
}
