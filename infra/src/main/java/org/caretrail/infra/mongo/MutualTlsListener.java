package org.caretrail.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The embedded server's wire-protocol listener behind mutual TLS: the same Netty pipeline as
 * {@code MongoServer.bind} builds, with a TLS handler first that requires the one client
 * certificate of this start. A connection without it fails its handshake before a byte of the
 * wire protocol is decoded.
 */
final class MutualTlsListener implements AutoCloseable {

    private static final long HANDSHAKE_TIMEOUT_MILLIS = 5_000;

    private final MongoBackend backend;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup clients;
    private final Channel channel;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    MutualTlsListener(MongoBackend backend, EmbeddedTls tls, String host, int port) {
        this.backend = backend;
        SslContext context;
        try {
            context = SslContextBuilder.forServer(tls.serverKey(), tls.serverCertificate())
                    .sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3")
                    .clientAuth(ClientAuth.REQUIRE)
                    .trustManager(tls.clientCertificate())
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot start the embedded MongoDB's TLS listener", e);
        }
        this.boss = new NioEventLoopGroup(1, new DefaultThreadFactory("mongo-server-boss", true));
        this.workers = new NioEventLoopGroup(0, new DefaultThreadFactory("mongo-server-worker", true));
        this.clients = new DefaultChannelGroup("mongodb-channels", workers.next());
        try {
            this.channel = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .localAddress(new InetSocketAddress(host, port))
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel socket) {
                            var tlsHandler = context.newHandler(socket.alloc());
                            tlsHandler.setHandshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MILLIS);
                            socket.pipeline().addLast(tlsHandler, new MongoWireReplyEncoder(),
                                    new MongoWireMessageEncoder(), new MongoWireProtocolHandler(),
                                    new MongoDatabaseHandler(backend, clients), new MongoExceptionHandler());
                        }
                    })
                    .bind()
                    .syncUninterruptibly()
                    .channel();
        } catch (RuntimeException e) {
            shutDownGroups();
            throw e;
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.close().syncUninterruptibly();
            clients.close().syncUninterruptibly();
        } finally {
            shutDownGroups();
            backend.close();
        }
    }

    private void shutDownGroups() {
        boss.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        boss.terminationFuture().syncUninterruptibly();
        workers.terminationFuture().syncUninterruptibly();
    }
}
