package vn.genderstats.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the operator's files are. {@code jobs} holds what the office edits (catalogue, hierarchy,
 * calendar); {@code inbox} what units send; {@code reports} what the product writes.
 */
@Validated
@ConfigurationProperties("genderstats")
public record GenderstatsProperties(
        @NotNull @DefaultValue("jobs") Path jobs,
        @NotNull @DefaultValue("sample-input") Path inbox,
        @NotNull @DefaultValue("reports") Path reports,
        @Min(1) @DefaultValue("2") int threads,
        @Min(1) @DefaultValue("10") int filesPerTransaction) {
}
