package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.genderstats.form.ReceiptLog;
import vn.genderstats.system.Sha256;
import vn.genderstats.system.VietNamTime;

/** Plays the mail gateway of a test inbox: writes its receipt log for files as they are now. */
public final class GatewayLog {

    private final Path inbox;
    private final List<ReceiptLog.Entry> entries = new ArrayList<>();

    private GatewayLog(Path inbox) {
        this.inbox = inbox;
    }

    public static GatewayLog of(Path inbox) {
        return new GatewayLog(inbox);
    }

    /** The gateway received {@code file} (under the inbox), with the bytes it has now, at {@code at}. */
    public GatewayLog received(Path file, OffsetDateTime at) throws IOException {
        String path = inbox.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        entries.add(new ReceiptLog.Entry(path, Sha256.of(file), at));
        return this;
    }

    public void write() throws IOException {
        ReceiptLog.write(inbox, entries, VietNamTime.ZONE);
    }
}
