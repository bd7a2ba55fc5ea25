package kmcheck.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * The sockets of a distributed-TLC child ({@link TlcChildMain.Role#SERVER}, {@link TlcChildMain.Role#WORKER}),
 * set up from system properties the parent passes ({@link DistributedTlc}) before TLC touches RMI:
 *
 * <ul>
 *   <li>{@value #BIND}: the address every RMI server socket listens on ({@code 127.0.0.1} when all
 *       workers are local, so nothing of a loopback run is reachable from the network); absent: every
 *       interface, as plain TLC.</li>
 *   <li>{@value #REGISTRY_PORT} (server only): the port of the RMI registry, {@code 0} for any free one.
 *       It is bound here, before TLCServer starts, and handed to RMI when it asks for that port, so
 *       the port chosen is the port used: two runs on one machine cannot race for it. The server
 *       prints it as {@value #PORT_LINE}{@code N} on standard output before anything else, for
 *       the parent to start workers on.</li>
 * </ul>
 *
 * <p>Thread contract: {@link #install} runs once, on the child's main thread, before TLC starts;
 * RMI then calls the factory from its own threads, and the one pre-bound socket is handed out
 * under the instance lock.
 */
final class RmiSockets extends RMISocketFactory {
    static final String BIND = "kmcheck.rmi.bind";
    static final String REGISTRY_PORT = "kmcheck.rmi.registryPort";
    /** TLC's own property for the registry port (TLCServer.Port, read when TLCServer is initialised). */
    static final String TLC_PORT = "tlc2.tool.distributed.TLCServer.port";
    /** The line a server child prints first: this prefix, then the port. */
    static final String PORT_LINE = "kmcheck: TLCServer registry port ";
    private static final int BACKLOG = 50;

    private final InetAddress bind;
    private ServerSocket prebound;

    private RmiSockets(InetAddress bind, ServerSocket prebound) {
        this.bind = bind;
        this.prebound = prebound;
    }

    /** Installs the factory as RMI's; for a server, binds and announces the registry port. */
    static void install() throws IOException {
        String address = System.getProperty(BIND);
        InetAddress bind = address == null ? null : InetAddress.getByName(address);
        String registry = System.getProperty(REGISTRY_PORT);
        ServerSocket prebound = null;
        if (registry != null) {
            prebound = new ServerSocket(Integer.parseInt(registry), BACKLOG, bind);
            System.setProperty(TLC_PORT, Integer.toString(prebound.getLocalPort()));
            System.out.println(PORT_LINE + prebound.getLocalPort());
            System.out.flush();
        }
        RMISocketFactory.setSocketFactory(new RmiSockets(bind, prebound));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public synchronized ServerSocket createServerSocket(int port) throws IOException {
        if (prebound != null && port == prebound.getLocalPort()) {
            ServerSocket s = prebound;
            prebound = null;
            return s;
        }
        return new ServerSocket(port, BACKLOG, bind);
    }

    /** The registry port in a {@value #PORT_LINE} line, or -1 for any other line. */
    static int portIn(String line) {
        if (!line.startsWith(PORT_LINE)) {
            return -1;
        }
        try {
            return Integer.parseInt(line.substring(PORT_LINE.length()).strip());
        } catch (NumberFormatException e) {
            throw new UncheckedIOException(new IOException("bad port line from TLCServer: " + line));
        }
    }
}
