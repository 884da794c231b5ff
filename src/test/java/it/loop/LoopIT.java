package it.loop;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every HTTP-level IT shares: Loop deployed once per class on the managed Liberty, tests run
 * as a client, and an {@link Api} for the deployment's URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class LoopIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.loop();
  }

  @ArquillianResource protected URL url;

  protected Api api() {
    return new Api(url);
  }
}
