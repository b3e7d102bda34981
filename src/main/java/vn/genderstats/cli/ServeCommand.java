package vn.genderstats.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The web portal: units sign in, download their form, upload it and see its findings at once;",
            "the office follows every unit on a status board, approves, downloads reports and starts runs.",
            "Same database, jobs/ and inbox as the other commands. Create the first user with `user add`.",
            "Cổng thông tin: đơn vị đăng nhập, tải biểu mẫu, nộp báo cáo; văn phòng theo dõi và phê duyệt."})
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Mixin
    InboxFolder inbox;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "IP", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, for a reverse proxy on the same machine; "
                    + "0.0.0.0 for every interface).")
    String address;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = folders.properties();
        properties.put("genderstats.inbox", inbox.inbox.toString());
        properties.put("spring.profiles.active", "portal");
        properties.put("server.port", port);
        properties.put("server.address", address);
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    closed.countDown();
                }
            });
            spec.commandLine().getOut().printf("Portal / Cổng thông tin: http://%s:%d/ (Ctrl+C to stop / để dừng)%n",
                    "0.0.0.0".equals(address) ? "localhost" : address, port);
            spec.commandLine().getOut().flush();
            closed.await();
        }
        return ExitCodes.OK;
    }
}
