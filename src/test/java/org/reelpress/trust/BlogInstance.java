package org.reelpress.trust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reelpress.Fixtures;
import org.reelpress.ReelpressApplication;
import org.reelpress.identity.UserFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of the blog in this JVM, with its own data directory and web server, on a database
 * it may share with other instances. It carries the tests' fixtures so a test can make posts and
 * accounts through it, as its own code would.
 */
final class BlogInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private BlogInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static BlogInstance start(String databaseUrl, Path dataDir, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--reelpress.data-dir=" + dataDir,
                "--spring.datasource.url=" + databaseUrl, "--spring.jmx.enabled=false"));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReelpressApplication.class,
                Fixtures.class, UserFixtures.class).run(args.toArray(String[]::new));
        return new BlogInstance(context);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
