package dev.newsgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j Community server with Bolt on loopback, for machines without Docker.
 *
 * <p>Usage: {@code java <jvm flags> -cp <classpath> dev.newsgraph.neo4j.LocalNeo4j DATA_DIR BOLT_PORT
 * [PAGE_CACHE_MIB]}. Prints {@code READY bolt://127.0.0.1:PORT} once Bolt accepts connections.
 * Shuts down cleanly on SIGTERM/SIGINT, and also when its standard input closes, so that a parent
 * process that dies without signalling never leaves a JVM behind.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j DATA_DIR BOLT_PORT [PAGE_CACHE_MIB]");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMib = args.length > 2 ? Long.parseLong(args[2]) : 512;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Loopback only, and the process belongs to the developer: no auth, like the
            // embedded default, so any credentials the driver sends are accepted.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMib))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            // Netty's graceful shutdown waits out quiet periods (about 10 s in all) meant for a
            // server with clients in flight; a developer's loopback server can stop in a second.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    Thread stopper = new Thread(() -> {
      System.out.println("STOPPING");
      dbms.shutdown();
      System.out.println("STOPPED");
    }, "local-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    waitForBolt(port, Duration.ofSeconds(60));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // The parent holds our stdin open; EOF means it is gone.
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // ignore input; we only wait for EOF
        }
      } catch (IOException ignored) {
        // treat as EOF
      }
      System.exit(0);
    }, "local-neo4j-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void waitForBolt(int port, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    System.err.println("Bolt did not accept connections on port " + port + " within " + limit);
    System.exit(3);
  }
}
