package loop.media.control.decode;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The three image reader providers Loop decodes still pictures with, made once and never put
 * into the JVM-wide ImageIO registry (Loop is a WAR on a shared JVM: registering our
 * TwelveMonkeys jars there would change every other application's ImageIO and pin our class
 * loader after undeployment).
 *
 * <ul>
 *   <li>PNG: the JDK's own reader ({@code com.sun.imageio.plugins.png.PNGImageReaderSpi}). Its
 *       package is not exported, so it cannot be constructed; the registry always holds one
 *       instance, which we look up by class name. TwelveMonkeys has no PNG reader.
 *   <li>JPEG: TwelveMonkeys' reader, which decodes CMYK and YCCK (Adobe APP14) correctly where
 *       the JDK's does not. It drives the JDK's reader for the entropy decoding and finds it only
 *       through {@code onRegistration}, so we register both in a private {@link ServiceRegistry}
 *       that nothing else sees.
 *   <li>WebP: TwelveMonkeys' reader, which needs nothing else.
 * </ul>
 *
 * <p>The JVM-wide registry is created on first use and then scans the thread's context class
 * loader for plug-ins. We touch it only with the platform class loader as context, so if we are
 * first, only the JDK's own plug-ins are registered; if someone else was first, we only read.
 *
 * <p>Rejected (both tried on JDK 17): {@code ImageIO.getImageReadersByFormatName("png")} creates
 * that registry with the WAR's class loader as context, which registers TwelveMonkeys JVM-wide,
 * and may hand out another application's PNG plug-in first; {@code new PNGImageReaderSpi()}
 * fails with {@link IllegalAccessException} unless the JVM runs with {@code --add-exports}.
 */
final class ReaderProviders {

  static final ImageReaderSpi PNG = jdkProvider("com.sun.imageio.plugins.png.PNGImageReaderSpi");
  static final ImageReaderSpi JPEG = twelveMonkeysJpeg();
  static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

  private ReaderProviders() {}

  private static ImageReaderSpi twelveMonkeysJpeg() {
    ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
    own.registerServiceProvider(
        jdkProvider("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"), ImageReaderSpi.class);
    ImageReaderSpi jpeg = new JPEGImageReaderSpi();
    // onRegistration finds the JDK reader above and keeps it as its delegate
    own.registerServiceProvider(jpeg, ImageReaderSpi.class);
    return jpeg;
  }

  private static ImageReaderSpi jdkProvider(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClassLoader.getPlatformClassLoader());
      Object provider = jdkRegistry().getServiceProviderByClass(type);
      if (provider == null) {
        throw new IllegalStateException("the JDK's ImageIO registry has no " + className);
      }
      return (ImageReaderSpi) provider;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("this JDK has no " + className, e);
    }
  }

  private static IIORegistry jdkRegistry() {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      return IIORegistry.getDefaultInstance();
    } finally {
      thread.setContextClassLoader(context);
    }
  }
}
